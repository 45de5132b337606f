import { AccessScope, RequiresRole, Scope } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CompetencyType } from '../common/learning-enums';
import { Competency } from './competency.entity';
import { CompetencyService } from './competency.service';
import { CompetencyLevel } from './competency-level.entity';
import { CreateCompetencyInput } from './dtos/create-competency.input';

@Resolver(() => Competency)
export class CompetencyResolver {
  constructor(private readonly competencyService: CompetencyService) {}

  @Query(() => [Competency], {
    description: 'National competencies and the technical ones of the caller’s region',
  })
  competencies(
    @Scope() scope: AccessScope,
    @Args('type', { type: () => CompetencyType, nullable: true }) type?: CompetencyType | null,
    @Args('regionId', { type: () => ID, nullable: true }) regionId?: string | null,
  ): Promise<Competency[]> {
    return this.competencyService.list(scope, { type, regionId });
  }

  @Query(() => [CompetencyLevel], { description: 'Levels 1 (Paham) to 5 (Ahli)' })
  competencyLevels(): Promise<CompetencyLevel[]> {
    return this.competencyService.listLevels();
  }

  @Mutation(() => Competency, { description: 'Defines a technical competency of a region' })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  createCompetency(
    @Args('input') input: CreateCompetencyInput,
    @Scope() scope: AccessScope,
  ): Promise<Competency> {
    return this.competencyService.createTechnical(input, scope);
  }
}
