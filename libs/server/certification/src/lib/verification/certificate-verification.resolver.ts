import { AttemptLimiter, Public, requestOf } from '@lms/server/core';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';

import { countRequest, verifyRatePolicy } from './certificate-rate-limit';
import { CertificateVerification } from './certificate-verification.model';
import { CertificateVerificationService } from './certificate-verification.service';

@Resolver(() => CertificateVerification)
export class CertificateVerificationResolver {
  constructor(
    private readonly verification: CertificateVerificationService,
    private readonly limiter: AttemptLimiter,
  ) {}

  @Public()
  @Query(() => CertificateVerification, {
    description:
      'Public: what a certificate says and whether it is valid; an unknown code is valid: false',
  })
  async verifyCertificate(
    @Args('code') code: string,
    @Context() ctx: unknown,
  ): Promise<CertificateVerification> {
    await countRequest(this.limiter, verifyRatePolicy(), requestOf(ctx)?.ip);
    return this.verification.verify(code);
  }
}
