import { CsvError, parse } from 'csv-parse/sync';

import { InvalidInputError } from '../errors/domain-error';

export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvReadOptions {
  required: readonly string[];
  optional?: readonly string[];
  maxRows: number;
}

/** 20 MB of text: about 150,000 employee rows, far beyond a kabupaten's headcount. */
export const MAX_CSV_LENGTH = 20 * 1024 * 1024;

/**
 * Reads a UTF-8 CSV with a header row. Structural problems (no header, a missing column, a broken
 * quote) fail the whole file as BAD_USER_INPUT on the `csv` field; row-level checks are the caller's.
 */
export function readCsv(text: string, options: CsvReadOptions): CsvRow[] {
  if (text.length > MAX_CSV_LENGTH) {
    throw new InvalidInputError('csv', `csv: the file is larger than ${MAX_CSV_LENGTH} characters`);
  }
  if (text.trim() === '') throw new InvalidInputError('csv', 'csv: the file is empty');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const line = e instanceof CsvError ? (e as CsvError & { lines?: number }).lines : undefined;
    throw new InvalidInputError(
      'csv',
      `csv: the file is not valid CSV${line ? ` (near line ${line})` : ''}: ${e instanceof Error ? e.message.replace(/^Invalid [^:]*: /, '') : ''}`,
    );
  }
  const [header, ...rows] = records;
  if (!header) throw new InvalidInputError('csv', 'csv: the file has no header row');
  const columns = header.record.map((h) => h.trim().toLowerCase());
  const missing = options.required.filter((c) => !columns.includes(c));
  if (missing.length) {
    throw new InvalidInputError(
      'csv',
      `csv: the header lacks the column(s) ${missing.join(', ')}; expected ${options.required.join(',')}`,
    );
  }
  if (rows.length > options.maxRows) {
    throw new InvalidInputError('csv', `csv: at most ${options.maxRows} rows per file`);
  }
  const known = new Set([...options.required, ...(options.optional ?? [])]);
  // Fewer fields are fine (empty trailing columns); more non-empty fields than the header names
  // means the file is shifted or mixes formats, and no row of it can be trusted.
  const overfull = rows.find(({ record }) => record.slice(columns.length).some((v) => v !== ''));
  if (overfull) {
    throw new InvalidInputError(
      'csv',
      `csv: line ${overfull.info.lines} has ${overfull.record.length} fields but the header names ${columns.length}`,
    );
  }
  return rows.map(({ record, info }) => {
    const values: Record<string, string> = {};
    columns.forEach((c, i) => {
      if (known.has(c)) values[c] = record[i] ?? '';
    });
    return { line: info.lines, values };
  });
}
