import { AccessScope, AuditService, InvalidInputError, NotFoundError } from '@lms/server/core';
import { normalizeNip, parseNip, Role } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';

import { DEFAULT_ISSUER_NAME, DEFAULT_SIGNATORY_POSITION } from '../issuance/issue-context';
import { DEFAULT_NUMBER_PATTERN, numberPatternError } from '../numbering/certificate-number';
import { CertificateSettings } from './certificate-settings.entity';
import { CertificateSettingsInput } from './dtos/certificate-settings.input';

const MAX_LOGO_BYTES = 512 * 1024;

/** The image type from the file's first bytes: only PNG and JPEG embed in PDFKit. */
function logoType(bytes: Buffer): 'image/png' | 'image/jpeg' | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

@Injectable()
export class CertificateSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private async assertRegion(regionId: string, scope: AccessScope): Promise<{ name: string }> {
    const rows: { name: string }[] = isUUID(regionId)
      ? await this.dataSource.query(`SELECT name FROM regions WHERE id = $1`, [regionId])
      : [];
    if (!rows[0] || !scope.hasRole(Role.ADMIN, Role.ORGANIZER) || !scope.canReachRegion(regionId)) {
      throw new NotFoundError('Region', 'regionId');
    }
    return rows[0];
  }

  /** The region's settings, or the defaults it issues with until someone saves its own. */
  async get(regionId: string, scope: AccessScope): Promise<CertificateSettings> {
    const region = await this.assertRegion(regionId, scope);
    const saved = await this.dataSource.getRepository(CertificateSettings).findOneBy({ regionId });
    if (saved) return saved;
    return Object.assign(new CertificateSettings(), {
      regionId,
      numberPattern: DEFAULT_NUMBER_PATTERN,
      issuerName: DEFAULT_ISSUER_NAME,
      cityOfIssue: region.name.replace(/^(Kabupaten|Kota|Provinsi)\s+/i, ''),
      signatoryName: null,
      signatoryPosition: DEFAULT_SIGNATORY_POSITION,
      signatoryNip: null,
      logo: null,
      logoType: null,
      updatedBy: null,
      updatedAt: null as unknown as Date,
    });
  }

  async save(input: CertificateSettingsInput, scope: AccessScope): Promise<CertificateSettings> {
    await this.assertRegion(input.regionId, scope);
    const pattern = input.numberPattern?.trim() || DEFAULT_NUMBER_PATTERN;
    const patternProblem = numberPatternError(pattern);
    if (patternProblem)
      throw new InvalidInputError('numberPattern', `numberPattern: ${patternProblem}`);
    let signatoryNip: string | null = null;
    if (input.signatoryNip?.trim()) {
      signatoryNip = normalizeNip(input.signatoryNip);
      if (!parseNip(signatoryNip).valid)
        throw new InvalidInputError('signatoryNip', 'signatoryNip: is not a valid NIP');
    }
    let logo: { bytes: Buffer; type: string } | null | undefined;
    if (input.removeLogo) logo = null;
    if (input.logoBase64) {
      const bytes = Buffer.from(input.logoBase64, 'base64');
      const type = logoType(bytes);
      if (!type)
        throw new InvalidInputError('logoBase64', 'logoBase64: must be a PNG or JPEG image');
      if (bytes.length > MAX_LOGO_BYTES)
        throw new InvalidInputError('logoBase64', 'logoBase64: at most 512 kB');
      logo = { bytes, type };
    }
    const values = [
      input.regionId,
      pattern,
      input.issuerName.trim(),
      input.cityOfIssue.trim(),
      input.signatoryName?.trim() || null,
      input.signatoryPosition.trim(),
      signatoryNip,
      scope.user?.id ?? null,
      logo === undefined ? null : (logo?.bytes ?? null),
      logo === undefined ? null : (logo?.type ?? null),
      logo !== undefined,
    ];
    // updated_at changes on every save: the worker's logo cache is keyed by it.
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO certificate_settings AS s (region_id, number_pattern, issuer_name, city_of_issue,
          signatory_name, signatory_position, signatory_nip, updated_by, logo, logo_type, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, clock_timestamp())
       ON CONFLICT (region_id) DO UPDATE SET number_pattern = $2, issuer_name = $3, city_of_issue = $4,
          signatory_name = $5, signatory_position = $6, signatory_nip = $7, updated_by = $8,
          logo = CASE WHEN $11 THEN $9 ELSE s.logo END,
          logo_type = CASE WHEN $11 THEN $10 ELSE s.logo_type END,
          updated_at = clock_timestamp()`,
        values,
      );
      await this.audit.record(manager, {
        action: 'updateCertificateSettings',
        entityType: 'CertificateSettings',
        entityId: input.regionId,
        regionId: input.regionId,
        summary: {
          numberPattern: pattern,
          signatoryName: values[4],
          signatoryNip,
          logo: logo === undefined ? 'unchanged' : logo ? 'replaced' : 'removed',
        },
      });
    });
    return this.dataSource
      .getRepository(CertificateSettings)
      .findOneByOrFail({ regionId: input.regionId });
  }
}
