import { DefaultNamingStrategy, NamingStrategyInterface } from 'typeorm';
import { snakeCase } from 'typeorm/util/StringUtils';

/**
 * Entities use camelCase properties; the hand-written migrations use snake_case columns. This keeps
 * the two in step without a `name:` on every column.
 */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(targetName: string, userSpecifiedName: string | undefined): string {
    return userSpecifiedName ?? snakeCase(targetName);
  }

  override columnName(propertyName: string, customName: string, prefixes: string[]): string {
    return snakeCase(prefixes.concat('').join('_')) + (customName ?? snakeCase(propertyName));
  }

  override relationName(propertyName: string): string {
    return snakeCase(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snakeCase(`${relationName}_${referencedColumnName}`);
  }

  override joinTableName(first: string, second: string, firstProperty: string): string {
    return snakeCase(`${first}_${firstProperty.replace(/\./gi, '_')}_${second}`);
  }

  override joinTableColumnName(tableName: string, propertyName: string, columnName?: string) {
    return snakeCase(`${tableName}_${columnName ?? propertyName}`);
  }
}
