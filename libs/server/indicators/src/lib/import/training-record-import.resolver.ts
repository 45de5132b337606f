import { AccessScope, GraphqlContext, ImportResult, RequiresRole, Scope } from '@lms/server/core';
import { resolveLang, Role } from '@lms/shared/domain';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';

import { ImportTrainingRecordsArgs } from './dtos/import-training-records.args';
import { TrainingRecordImportService } from './training-record-import.service';

@Resolver()
export class TrainingRecordImportResolver {
  constructor(private readonly importer: TrainingRecordImportService) {}

  @Mutation(() => ImportResult, {
    description:
      'Imports training history into the JP ledger (source IMPORT); re-importing changes nothing; with dryRun nothing is written',
  })
  @RequiresRole(Role.ADMIN, Role.HR_ANALYST)
  importTrainingRecords(
    @Args() args: ImportTrainingRecordsArgs,
    @Scope() scope: AccessScope,
    @Context() ctx: GraphqlContext,
  ): Promise<ImportResult> {
    const lang = resolveLang(ctx.req.headers['accept-language']);
    return this.importer.import(args.csv, args.dryRun, scope, lang);
  }
}
