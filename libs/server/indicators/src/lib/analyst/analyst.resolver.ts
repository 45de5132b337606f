import { AccessScope, Connection, ConnectionShape, RequiresRole, Scope } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { Args, Query, Resolver } from '@nestjs/graphql';

import { CsvExport } from '../exports/csv-writer';
import { IndicatorFilter } from '../literacy/dtos/indicator-filter.input';
import {
  CompetencyLevelRow,
  EmployeeJpLedger,
  JpShortfallRow,
  MonthlyTrendPoint,
} from './analyst.models';
import { CompetencyLevelService } from './competency-level.service';
import {
  CompetencyLevelArgs,
  JpLedgerArgs,
  JpShortfallArgs,
  ScopeYearArgs,
} from './dtos/analyst.args';
import { JpLedgerService } from './jp-ledger.service';
import { JpShortfallService } from './jp-shortfall.service';
import { MonthlyTrendService } from './monthly-trend.service';

const JpShortfallConnection = Connection(JpShortfallRow, 'JpShortfall');

/** What an HR analyst reads beside the indicators; every query is limited to their region. */
@Resolver()
@RequiresRole(Role.ADMIN, Role.HR_ANALYST)
export class AnalystResolver {
  constructor(
    private readonly ledgers: JpLedgerService,
    private readonly shortfalls: JpShortfallService,
    private readonly levels: CompetencyLevelService,
    private readonly trends: MonthlyTrendService,
  ) {}

  @Query(() => EmployeeJpLedger, { description: 'An employee’s JP ledger of a year' })
  employeeJpLedger(
    @Args() args: JpLedgerArgs,
    @Scope() scope: AccessScope,
  ): Promise<EmployeeJpLedger> {
    return this.ledgers.ledgerOf(args, scope);
  }

  @Query(() => JpShortfallConnection, {
    description: 'Active employees below 20 JP in the year, by agency code then name',
  })
  jpShortfall(
    @Args() args: JpShortfallArgs,
    @Scope() scope: AccessScope,
  ): Promise<ConnectionShape<JpShortfallRow>> {
    return this.shortfalls.page(args, scope);
  }

  @Query(() => CsvExport, { description: 'jpShortfall as CSV, every page at once' })
  jpShortfallCsv(@Args() args: ScopeYearArgs, @Scope() scope: AccessScope): Promise<CsvExport> {
    return this.shortfalls.csv(args, scope);
  }

  @Query(() => [CompetencyLevelRow], {
    description: 'Per agency and competency: active employees by highest course level completed',
  })
  competencyLevelDistribution(
    @Args() args: CompetencyLevelArgs,
    @Scope() scope: AccessScope,
  ): Promise<CompetencyLevelRow[]> {
    return this.levels.distribution(args, scope);
  }

  @Query(() => [MonthlyTrendPoint], {
    description: 'Months of the year (default: this year, up to this month) for the filter’s scope',
  })
  monthlyTrend(
    @Scope() scope: AccessScope,
    @Args('filter', { type: () => IndicatorFilter, nullable: true }) filter?: IndicatorFilter,
  ): Promise<MonthlyTrendPoint[]> {
    return this.trends.trend(filter, scope);
  }
}
