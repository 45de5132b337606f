import type { ValueTransformer } from 'typeorm';

/** PostgreSQL returns numeric columns as strings (to keep precision); JP fit a double exactly enough. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};
