import { AccessScope, GraphqlContext, RequiresRole, Scope } from '@lms/server/core';
import { IndicatorGrouping, resolveLang, Role } from '@lms/shared/domain';
import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';

import { IndicatorFilter } from './dtos/indicator-filter.input';
import { IndicatorRow } from './indicator-row.model';
import { LiteracyIndicatorService } from './literacy-indicator.service';

@Resolver()
@RequiresRole(Role.ADMIN, Role.HR_ANALYST)
export class LiteracyIndicatorResolver {
  constructor(private readonly indicators: LiteracyIndicatorService) {}

  @Query(() => [IndicatorRow], {
    description:
      'Digital literacy and 20-JP compliance of the active employees in scope (the filter within the caller’s region), grouped',
  })
  literacyIndicators(
    @Args('groupBy', { type: () => IndicatorGrouping }) groupBy: IndicatorGrouping,
    @Scope() scope: AccessScope,
    @Context() ctx: GraphqlContext,
    @Args('filter', { type: () => IndicatorFilter, nullable: true }) filter?: IndicatorFilter,
  ): Promise<IndicatorRow[]> {
    const lang = resolveLang(ctx.req.headers['accept-language']);
    return this.indicators.indicators(groupBy, filter, scope, lang);
  }

  @Query(() => String, {
    description:
      'Changes whenever an indicator of the region (default: the caller’s scope) may have changed: poll it, refetch on change',
  })
  indicatorsVersion(
    @Args('regionId', { type: () => ID, nullable: true }) regionId: string | null,
    @Scope() scope: AccessScope,
  ): Promise<string> {
    return this.indicators.version({ regionId }, scope);
  }
}
