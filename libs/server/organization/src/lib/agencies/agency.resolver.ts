import { AccessScope, byKeys, GraphqlContext, RequiresRole, Scope } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { Region } from '../regions/region.entity';
import { RegionService } from '../regions/region.service';
import { Agency } from './agency.entity';
import { AgencyService } from './agency.service';
import { CreateAgencyInput } from './dtos/create-agency.input';

@Resolver(() => Agency)
export class AgencyResolver {
  constructor(
    private readonly agencyService: AgencyService,
    private readonly regionService: RegionService,
  ) {}

  @Mutation(() => Agency)
  @RequiresRole(Role.ADMIN, Role.HR_ANALYST)
  createAgency(
    @Args('input') input: CreateAgencyInput,
    @Scope() scope: AccessScope,
  ): Promise<Agency> {
    return this.agencyService.create(input, scope);
  }

  @Query(() => [Agency], { description: 'Agencies the caller may see, as a tree ordered by path' })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER, Role.INSTRUCTOR, Role.HR_ANALYST)
  agencies(
    @Scope() scope: AccessScope,
    @Args('regionId', { type: () => ID, nullable: true }) regionId?: string,
  ): Promise<Agency[]> {
    return this.agencyService.list(scope, regionId);
  }

  @ResolveField(() => Region)
  region(@Parent() agency: Agency, @Context() ctx: GraphqlContext): Promise<Region> {
    return ctx.loaders
      .get<string, Region>('regionById', async (ids) =>
        byKeys(ids, await this.regionService.findByIds(ids), (r) => r.id),
      )
      .load(agency.regionId);
  }
}
