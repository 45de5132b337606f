/**
 * Hands text the app already holds (a CSV the API returned) to the browser as a file download.
 * A BOM leads the CSV so that spreadsheet programs read the names as UTF-8.
 */
export function downloadText(doc: Document, text: string, filename: string, type: string): void {
  const blob = new Blob([type.startsWith('text/csv') ? '\ufeff' : '', text], { type });
  const url = URL.createObjectURL(blob);
  try {
    const link = doc.createElement('a');
    link.href = url;
    link.download = filename;
    link.rel = 'noopener';
    doc.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
