import type { MixedList } from 'typeorm';

/**
 * What a domain area contributes to the schema. Each area lib exports one of these beside its
 * entities and migrations; the apps concatenate them, so no glob or folder convention is needed
 * once the code is bundled.
 */
export interface DatabaseParts {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
}

export function mergeDatabaseParts(...parts: DatabaseParts[]): DatabaseParts {
  return {
    entities: parts.flatMap((p) => (Array.isArray(p.entities) ? p.entities : [])),
    migrations: parts.flatMap((p) => (Array.isArray(p.migrations) ? p.migrations : [])),
  };
}
