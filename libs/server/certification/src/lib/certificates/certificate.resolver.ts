import { AccessScope, APP_CONFIG, AppConfig, RequiresRole, Scope } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { Inject } from '@nestjs/common';
import { Args, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { verifyUrlOf } from '../render/certificate-pdf.service';
import { badgePath, pdfPath } from '../verification/certificate-urls';
import { Certificate } from './certificate.entity';
import { CertificateService } from './certificate.service';
import { CertificateVersion } from './certificate-version.entity';
import { ReissueCertificateArgs, RevokeCertificateArgs } from './dtos/revoke-certificate.args';

@Resolver(() => Certificate)
export class CertificateResolver {
  constructor(
    private readonly certificates: CertificateService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => Certificate, {
    description: 'Keeps the record and URL; verification then shows REVOKED',
  })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  revokeCertificate(
    @Args() args: RevokeCertificateArgs,
    @Scope() scope: AccessScope,
  ): Promise<Certificate> {
    return this.certificates.revoke(args.id, args.reason, scope);
  }

  @Mutation(() => Certificate, {
    description:
      'A corrected new version under the same code and number; the old one stays in the history',
  })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  reissueCertificate(
    @Args() args: ReissueCertificateArgs,
    @Scope() scope: AccessScope,
  ): Promise<Certificate> {
    return this.certificates.reissue(args.id, args.reason, scope);
  }

  @Query(() => [Certificate], { description: "The caller's own certificates (a learner's)" })
  myCertificates(@Scope() scope: AccessScope): Promise<Certificate[]> {
    return this.certificates.mine(scope);
  }

  @Query(() => [Certificate], { description: "A class's certificates in number order" })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER)
  trainingCertificates(
    @Args('trainingId', { type: () => ID }) trainingId: string,
    @Scope() scope: AccessScope,
  ): Promise<Certificate[]> {
    return this.certificates.forTraining(trainingId, scope);
  }

  @ResolveField(() => String)
  holderName(@Parent() certificate: Certificate): string {
    return certificate.content.holderName;
  }

  @ResolveField(() => String)
  holderNip(@Parent() certificate: Certificate): string {
    return certificate.content.holderNip;
  }

  @ResolveField(() => String)
  courseTitle(@Parent() certificate: Certificate): string {
    return certificate.content.courseTitle;
  }

  @ResolveField(() => Float)
  jp(@Parent() certificate: Certificate): number {
    return certificate.content.jp;
  }

  @ResolveField(() => String, { nullable: true })
  predikat(@Parent() certificate: Certificate): string | null {
    return certificate.content.predikat;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Path of the PDF (public to anyone with the code)',
  })
  pdfUrl(@Parent() certificate: Certificate): string | null {
    return certificate.sha256 ? pdfPath(certificate.code) : null;
  }

  @ResolveField(() => String, {
    description: 'What the QR code encodes: {PUBLIC_URL}/verify/{code}',
  })
  verifyUrl(@Parent() certificate: Certificate): string {
    return verifyUrlOf(this.config.publicUrl, certificate.code);
  }

  @ResolveField(() => String, { description: 'Path of the Open Badges 3.0 credential' })
  badgeUrl(@Parent() certificate: Certificate): string {
    return badgePath(certificate.code);
  }

  @ResolveField(() => [CertificateVersion], { description: 'Superseded versions, newest first' })
  history(@Parent() certificate: Certificate): Promise<CertificateVersion[]> {
    return this.certificates.history(certificate.id);
  }
}
