import { Readable } from 'node:stream';

import {
  AccessScope,
  AttemptLimiter,
  NotFoundError,
  Public,
  RequiresRole,
  Scope,
} from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { Controller, Get, HttpStatus, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ZipFile } from 'yazl';

import { OpenBadgeService } from '../badges/open-badge.service';
import { CertificateService } from '../certificates/certificate.service';
import { CertificateStatus } from '../common/certification-enums';
import { CERTIFICATE_STORAGE, type CertificateStorage } from '../storage/certificate-storage';
import { countRequest, downloadRatePolicy } from '../verification/certificate-rate-limit';

/** `800/0007/BKPSDM/2026` → `800-0007-BKPSDM-2026`: safe as a file name everywhere. */
function fileSafe(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 120) || 'sertifikat'
  );
}

/**
 * Plain-HTTP certificate routes (contract.md, "Certificates over plain HTTP"): the PDF and the
 * Open Badges credential are public to anyone holding the code, rate-limited per IP in Redis; a
 * class's ZIP is for the staff who manage the class.
 */
@Controller('certificates')
export class CertificateDownloadController {
  constructor(
    private readonly certificates: CertificateService,
    private readonly badges: OpenBadgeService,
    private readonly limiter: AttemptLimiter,
    @Inject(CERTIFICATE_STORAGE) private readonly storage: CertificateStorage,
  ) {}

  @Public()
  @Get(':file')
  async pdf(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await countRequest(this.limiter, downloadRatePolicy(), req.ip);
    const code = file.endsWith('.pdf') ? file.slice(0, -'.pdf'.length) : '';
    const certificate = code ? await this.certificates.byCode(code) : null;
    const pdf = certificate?.storageKey ? await this.storage.get(certificate.storageKey) : null;
    if (!certificate || !pdf) throw new NotFoundError('Certificate');
    res
      .status(HttpStatus.OK)
      .type('application/pdf')
      .setHeader(
        'Content-Disposition',
        `inline; filename="sertifikat-${fileSafe(certificate.number)}.pdf"`,
      )
      .setHeader('ETag', `"${certificate.sha256}"`)
      .setHeader('X-Certificate-Status', certificate.status)
      .setHeader('Cache-Control', 'no-cache')
      .send(pdf);
  }

  @Public()
  @Get(':code/badge.json')
  async badge(
    @Param('code') code: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await countRequest(this.limiter, downloadRatePolicy(), req.ip);
    const certificate = await this.certificates.byCode(code);
    if (!certificate) throw new NotFoundError('Certificate');
    if (certificate.status === CertificateStatus.REVOKED) {
      res.status(HttpStatus.GONE).json({
        code: 'REVOKED',
        message: 'The certificate was revoked',
        revokedAt: certificate.revokedAt,
      });
      return;
    }
    res
      .status(HttpStatus.OK)
      .type('application/json')
      .send(JSON.stringify(await this.badges.credential(certificate)));
  }

  /** Every issued PDF of a class in one ZIP, streamed: memory holds one PDF at a time. */
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  @Get('training/:file')
  async classZip(
    @Param('file') file: string,
    @Scope() scope: AccessScope,
    @Res() res: Response,
  ): Promise<void> {
    const trainingId = file.endsWith('.zip') ? file.slice(0, -'.zip'.length) : '';
    const list = await this.certificates.forTraining(trainingId, scope);
    const issued = list.filter((c) => c.storageKey);
    const zip = new ZipFile();
    res
      .status(HttpStatus.OK)
      .type('application/zip')
      .setHeader(
        'Content-Disposition',
        `attachment; filename="sertifikat-${fileSafe(trainingId)}.zip"`,
      );
    zip.outputStream.pipe(res);
    for (const certificate of issued) {
      const key = certificate.storageKey as string;
      const storage = this.storage;
      // A lazy stream: the PDF is read from storage only when the ZIP writer reaches this entry.
      const stream = Readable.from(
        (async function* () {
          const pdf = await storage.get(key);
          if (pdf) yield pdf;
        })(),
      );
      const name = `${String(certificate.seq).padStart(5, '0')}-${certificate.content.holderNip}-${fileSafe(certificate.content.holderName)}.pdf`;
      // PDFs are compressed already: storing them is as small and far faster.
      zip.addReadStream(stream, name, {
        compress: false,
        mtime: certificate.renderedAt ?? new Date(),
      });
    }
    zip.end();
  }
}
