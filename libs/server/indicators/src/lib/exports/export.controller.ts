import { AccessScope, InvalidInputError, RequiresRole, Scope } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';

import { JpShortfallService } from '../analyst/jp-shortfall.service';
import { CsvExport } from './csv-writer';
import { OpenDataService } from './open-data.service';
import { SiasnExportService } from './siasn-export.service';

function yearOf(raw: string | undefined, field = 'year'): number | null {
  if (raw === undefined || raw === '') return null;
  if (!/^\d{4}$/.test(raw))
    throw new InvalidInputError(field, `${field}: must be a year such as 2026`);
  return Number(raw);
}

function send(res: Response, type: string, filename: string, body: string): void {
  res
    .status(200)
    .setHeader('Content-Type', `${type}; charset=utf-8`)
    .setHeader('Content-Disposition', `attachment; filename="${filename}"`)
    .setHeader('Cache-Control', 'private, no-store')
    .setHeader('X-Content-Type-Options', 'nosniff')
    .end(body);
}

const sendCsv = (res: Response, file: CsvExport) =>
  send(res, 'text/csv', file.filename, file.content);

/**
 * The analysts' files over plain HTTP (Bearer token as for GraphQL; the global guard checks it),
 * for data portals and scripts that fetch a URL rather than run a GraphQL query.
 */
@Controller('api/indicators')
@RequiresRole(Role.ADMIN, Role.HR_ANALYST)
export class ExportController {
  constructor(
    private readonly openData: OpenDataService,
    private readonly siasn: SiasnExportService,
    private readonly shortfalls: JpShortfallService,
  ) {}

  @Get('open-data/:year/data.csv')
  async openDataCsv(
    @Param('year') year: string,
    @Scope() scope: AccessScope,
    @Res() res: Response,
  ): Promise<void> {
    const pkg = await this.openData.package(yearOf(year) ?? Number.NaN, scope);
    sendCsv(res, pkg.data);
  }

  @Get('open-data/:year/metadata.json')
  async openDataMetadata(
    @Param('year') year: string,
    @Scope() scope: AccessScope,
    @Res() res: Response,
  ): Promise<void> {
    const pkg = await this.openData.package(yearOf(year) ?? Number.NaN, scope);
    send(res, 'application/json', pkg.metadataFilename, pkg.metadataJson);
  }

  @Get('siasn-courses.csv')
  async siasnCsv(
    @Query('year') year: string | undefined,
    @Query('regionId') regionId: string | undefined,
    @Query('agencyId') agencyId: string | undefined,
    @Scope() scope: AccessScope,
    @Res() res: Response,
  ): Promise<void> {
    sendCsv(res, await this.siasn.export({ year: yearOf(year), regionId, agencyId }, scope));
  }

  @Get('jp-shortfall.csv')
  async shortfallCsv(
    @Query('year') year: string | undefined,
    @Query('regionId') regionId: string | undefined,
    @Query('agencyId') agencyId: string | undefined,
    @Scope() scope: AccessScope,
    @Res() res: Response,
  ): Promise<void> {
    sendCsv(res, await this.shortfalls.csv({ year: yearOf(year), regionId, agencyId }, scope));
  }
}
