import { GraphqlContext } from '@lms/server/core';
import { Enrollment } from '@lms/server/training';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Certificate } from './certificate.entity';
import { CertificateService } from './certificate.service';

/**
 * `Enrollment.certificate` (contract.md) lives here, beside the certificates: the training area
 * owns Enrollment, this area owns what hangs off it. Batched per request through a DataLoader.
 */
@Resolver(() => Enrollment)
export class EnrollmentCertificateResolver {
  constructor(private readonly certificates: CertificateService) {}

  @ResolveField(() => Certificate, {
    nullable: true,
    description: 'Null until a certificate is issued',
  })
  certificate(
    @Parent() enrollment: Enrollment,
    @Context() ctx: GraphqlContext,
  ): Promise<Certificate | null> {
    return ctx.loaders
      .get<string, Certificate | null>('certification.byEnrollment', async (ids) => {
        const found = new Map(
          (await this.certificates.byEnrollmentIds(ids)).map((c) => [c.enrollmentId, c]),
        );
        return ids.map((id) => found.get(id) ?? null);
      })
      .load(enrollment.id);
  }
}
