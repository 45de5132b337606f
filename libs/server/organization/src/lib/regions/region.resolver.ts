import { AccessScope, RequiresRole, Scope } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CreateRegionInput } from './dtos/create-region.input';
import { Region } from './region.entity';
import { RegionService } from './region.service';

@Resolver(() => Region)
export class RegionResolver {
  constructor(private readonly regionService: RegionService) {}

  @Mutation(() => Region)
  @RequiresRole(Role.ADMIN)
  createRegion(@Args('input') input: CreateRegionInput): Promise<Region> {
    return this.regionService.create(input);
  }

  @Query(() => [Region], { description: 'The regions the caller may see' })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER, Role.INSTRUCTOR, Role.HR_ANALYST)
  regions(@Scope() scope: AccessScope): Promise<Region[]> {
    return this.regionService.list(scope);
  }
}
