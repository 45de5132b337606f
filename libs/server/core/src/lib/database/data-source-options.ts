import { DataSource, DataSourceOptions } from 'typeorm';

import type { DatabaseParts } from './database-parts';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Never `synchronize`: the schema comes only from the committed migrations. */
export function dataSourceOptions(databaseUrl: string, parts: DatabaseParts): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: { max: Number(process.env['DATABASE_POOL_SIZE'] ?? 10) },
  };
}

/** Applies every pending migration; returns the names it ran. */
export async function runMigrations(databaseUrl: string, parts: DatabaseParts): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl, parts), logging: false });
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
