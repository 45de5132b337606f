/** Larger files are refused before upload: the API reads the whole CSV in one request. */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;

export type CsvFileProblem = 'notCsv' | 'tooLarge' | 'empty';

/** Checks a chosen or dropped file before it is read. */
export function checkCsvFile(file: Pick<File, 'name' | 'size' | 'type'>): CsvFileProblem | null {
  const isCsv =
    file.name.toLowerCase().endsWith('.csv') ||
    file.type === 'text/csv' ||
    file.type === 'application/vnd.ms-excel';
  if (!isCsv) {
    return 'notCsv';
  }
  if (file.size === 0) {
    return 'empty';
  }
  if (file.size > MAX_CSV_BYTES) {
    return 'tooLarge';
  }
  return null;
}

/** Reads the text, dropping a UTF-8 byte-order mark that Excel puts before the header. */
export async function readCsvText(file: Blob): Promise<string> {
  const text = await file.text();
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/** A CSV holding only the header row, offered as a data URL so no server route is needed. */
export function csvTemplateHref(columns: readonly string[]): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`${columns.join(',')}\r\n`)}`;
}
