import { AccessScope, GraphqlContext, RequiresRole, Scope } from '@lms/server/core';
import { IndicatorGrouping, resolveLang, Role } from '@lms/shared/domain';
import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';

import { SiasnExportArgs } from '../analyst/dtos/analyst.args';
import { checkIndicatorYear } from '../common/indicator-year';
import { IndicatorFilter } from '../literacy/dtos/indicator-filter.input';
import { LiteracyIndicatorService } from '../literacy/literacy-indicator.service';
import { CsvExport } from './csv-writer';
import { OpenDataPackage } from './export.models';
import { indicatorRowsCsv } from './indicator-csv';
import { OpenDataService } from './open-data.service';
import { SiasnExportService } from './siasn-export.service';

/** Downloads for analysts; the same files are served over plain HTTP by ExportController. */
@Resolver()
@RequiresRole(Role.ADMIN, Role.HR_ANALYST)
export class ExportResolver {
  constructor(
    private readonly indicators: LiteracyIndicatorService,
    private readonly openData: OpenDataService,
    private readonly siasn: SiasnExportService,
  ) {}

  @Query(() => CsvExport, {
    description: 'literacyIndicators as CSV (columns named as its fields)',
  })
  async literacyIndicatorsCsv(
    @Args('groupBy', { type: () => IndicatorGrouping }) groupBy: IndicatorGrouping,
    @Scope() scope: AccessScope,
    @Context() ctx: GraphqlContext,
    @Args('filter', { type: () => IndicatorFilter, nullable: true }) filter?: IndicatorFilter,
  ): Promise<CsvExport> {
    const lang = resolveLang(ctx.req.headers['accept-language']);
    const rows = await this.indicators.indicators(groupBy, filter, scope, lang);
    const year = checkIndicatorYear(filter?.year);
    return {
      filename: `indikator-literasi-${groupBy.toLowerCase()}${year ? `-${year}` : ''}.csv`,
      rows: rows.length,
      content: indicatorRowsCsv(rows),
    };
  }

  @Query(() => OpenDataPackage, {
    description: 'Satu Data Indonesia: the indicator table of a year per region, with metadata',
  })
  literacyOpenData(
    @Args('year', { type: () => Int }) year: number,
    @Scope() scope: AccessScope,
  ): Promise<OpenDataPackage> {
    return this.openData.package(year, scope);
  }

  @Query(() => CsvExport, { description: 'Completed trainings as SIASN riwayat kursus rows' })
  siasnCourseExport(
    @Args() args: SiasnExportArgs,
    @Scope() scope: AccessScope,
  ): Promise<CsvExport> {
    return this.siasn.export(args, scope);
  }
}
