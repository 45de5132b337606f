import type { DatabaseParts } from '@lms/server/core';
import { LearningModule } from '@lms/server/learning';
import { OrganizationModule } from '@lms/server/organization';
import { Module } from '@nestjs/common';

import { AnalystResolver } from './analyst/analyst.resolver';
import { CompetencyLevelService } from './analyst/competency-level.service';
import { JpLedgerService } from './analyst/jp-ledger.service';
import { JpShortfallService } from './analyst/jp-shortfall.service';
import { MonthlyTrendService } from './analyst/monthly-trend.service';
import { IndicatorScopeService } from './common/indicator-scope.service';
import { ExportController } from './exports/export.controller';
import { ExportResolver } from './exports/export.resolver';
import { OpenDataService } from './exports/open-data.service';
import { SiasnExportService } from './exports/siasn-export.service';
import { TrainingRecordImportResolver } from './import/training-record-import.resolver';
import { TrainingRecordImportService } from './import/training-record-import.service';
import { LiteracyIndicatorResolver } from './literacy/literacy-indicator.resolver';
import { LiteracyIndicatorService } from './literacy/literacy-indicator.service';
import { CreateIndicatorRollups1764700000000 } from './migrations/1764700000000-CreateIndicatorRollups';
import { CountCertificates1764700100000 } from './migrations/1764700100000-CountCertificates';

/** No entities: the rollups are written by database triggers and read with plain SQL. */
export const INDICATORS_DATABASE: DatabaseParts = {
  entities: [],
  migrations: [CreateIndicatorRollups1764700000000, CountCertificates1764700100000],
};

@Module({
  imports: [OrganizationModule, LearningModule],
  controllers: [ExportController],
  providers: [
    IndicatorScopeService,
    LiteracyIndicatorService,
    JpLedgerService,
    JpShortfallService,
    CompetencyLevelService,
    MonthlyTrendService,
    TrainingRecordImportService,
    OpenDataService,
    SiasnExportService,
    LiteracyIndicatorResolver,
    AnalystResolver,
    TrainingRecordImportResolver,
    ExportResolver,
  ],
  exports: [LiteracyIndicatorService, TrainingRecordImportService],
})
export class IndicatorsModule {}
