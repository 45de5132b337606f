import { AccessScope, RequiresRole, Scope } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CertificateFailure, CertificateIssuance } from './certificate-issuance.entity';
import { CertificateIssuanceService } from './certificate-issuance.service';

@Resolver(() => CertificateIssuance)
@RequiresRole(Role.ADMIN, Role.ORGANIZER)
export class CertificateIssuanceResolver {
  constructor(private readonly issuances: CertificateIssuanceService) {}

  @Mutation(() => CertificateIssuance, {
    description:
      'Queues the certificates of the COMPLETED enrollments that have none; returns at once',
  })
  issueCertificates(
    @Args('trainingId', { type: () => ID }) trainingId: string,
    @Scope() scope: AccessScope,
  ): Promise<CertificateIssuance> {
    return this.issuances.issue(trainingId, scope);
  }

  @Query(() => CertificateIssuance, {
    description: 'Progress of an issuance; poll it for a progress bar',
  })
  certificateIssuance(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: AccessScope,
  ): Promise<CertificateIssuance> {
    return this.issuances.get(id, scope);
  }

  @Query(() => [CertificateIssuance], { description: "A class's latest issuances, newest first" })
  certificateIssuances(
    @Args('trainingId', { type: () => ID }) trainingId: string,
    @Scope() scope: AccessScope,
  ): Promise<CertificateIssuance[]> {
    return this.issuances.listForTraining(trainingId, scope);
  }

  @ResolveField(() => [CertificateFailure], {
    description: 'Enrollments that failed for good, and why',
  })
  failures(@Parent() issuance: CertificateIssuance): Promise<CertificateFailure[]> {
    return issuance.failed > 0 ? this.issuances.failures(issuance.id) : Promise.resolve([]);
  }
}
