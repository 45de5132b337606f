/**
 * Where rendered PDFs live, by key. The filesystem implementation keeps them under
 * `DATA_DIR/certificates`; several machines need a shared volume or another implementation (an
 * S3-compatible store) bound to CERTIFICATE_STORAGE.
 */
export interface CertificateStorage {
  put(key: string, data: Buffer): Promise<void>;
  /** Null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  exists(key: string): Promise<boolean>;
}

export const CERTIFICATE_STORAGE = Symbol('CERTIFICATE_STORAGE');

/** One file per version (in 4,096 folders by the code's first two characters), so a reissue never overwrites the PDF an earlier holder printed. */
export function certificateStorageKey(code: string, version: number): string {
  return `${code.slice(0, 2)}/${code}-v${version}.pdf`;
}
