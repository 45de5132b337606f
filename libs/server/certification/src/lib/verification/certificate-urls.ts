/** Paths served by the API (relative, so the web app and scripts prefix their own origin). */
export function pdfPath(code: string): string {
  return `/certificates/${code}.pdf`;
}

export function badgePath(code: string): string {
  return `/certificates/${code}/badge.json`;
}
