import { Field, Int, ObjectType } from '@nestjs/graphql';

/** Above this an export must be narrowed to a region or agency: it travels as one response. */
export const MAX_EXPORT_ROWS = 200_000;

/** A CSV file produced for download. */
@ObjectType()
export class CsvExport {
  @Field({ description: 'Suggested file name' })
  filename!: string;

  @Field(() => Int, { description: 'Data rows (without the header)' })
  rows!: number;

  @Field({ description: 'UTF-8 CSV text with a header row, lines ending in CRLF' })
  content!: string;
}

export type CsvCell = string | number | boolean | null | undefined;

/**
 * A text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or carriage
 * return first) is prefixed with an apostrophe: names and titles come from imports and people.
 */
function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: comma separated, quoted where needed, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
