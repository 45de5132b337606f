import { createHash } from 'node:crypto';

import { APP_CONFIG, AppConfig } from '@lms/server/core';
import { Inject, Injectable } from '@nestjs/common';

import {
  CERTIFICATE_STORAGE,
  type CertificateStorage,
  certificateStorageKey,
} from '../storage/certificate-storage';
import type { CertificateContent } from './certificate-content';
import { CertificateRenderer } from './certificate-renderer';

export interface StoredPdf {
  sha256: string;
  storageKey: string;
}

export interface PdfSubject {
  code: string;
  number: string;
  version: number;
  issuedOn: string;
  content: CertificateContent;
}

export function verifyUrlOf(publicUrl: string, code: string): string {
  return `${publicUrl}/verify/${code}`;
}

/** Renders a certificate version and stores it under its own key, returning what to record. */
@Injectable()
export class CertificatePdfService {
  constructor(
    private readonly renderer: CertificateRenderer,
    @Inject(CERTIFICATE_STORAGE) private readonly storage: CertificateStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async renderAndStore(subject: PdfSubject, logo: Buffer | null): Promise<StoredPdf> {
    const pdf = await this.renderer.render({
      content: subject.content,
      number: subject.number,
      code: subject.code,
      issuedOn: subject.issuedOn,
      verifyUrl: verifyUrlOf(this.config.publicUrl, subject.code),
      logo,
    });
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const storageKey = certificateStorageKey(subject.code, subject.version);
    // Rendering again after a crash overwrites the file; the row records the bytes last stored.
    await this.storage.put(storageKey, pdf);
    return { sha256, storageKey };
  }
}
