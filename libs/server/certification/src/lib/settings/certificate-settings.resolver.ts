import { AccessScope, RequiresRole, Scope } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CertificateSettings } from './certificate-settings.entity';
import { CertificateSettingsService } from './certificate-settings.service';
import { CertificateSettingsInput } from './dtos/certificate-settings.input';

@Resolver(() => CertificateSettings)
@RequiresRole(Role.ADMIN, Role.ORGANIZER)
export class CertificateSettingsResolver {
  constructor(private readonly settings: CertificateSettingsService) {}

  @Query(() => CertificateSettings, {
    description: "A region's certificate template settings (or the defaults)",
  })
  certificateSettings(
    @Args('regionId', { type: () => ID }) regionId: string,
    @Scope() scope: AccessScope,
  ): Promise<CertificateSettings> {
    return this.settings.get(regionId, scope);
  }

  @Mutation(() => CertificateSettings, {
    description: 'Numbering pattern, issuer, signatory, city and logo',
  })
  updateCertificateSettings(
    @Args('input') input: CertificateSettingsInput,
    @Scope() scope: AccessScope,
  ): Promise<CertificateSettings> {
    return this.settings.save(input, scope);
  }

  @ResolveField(() => Boolean)
  hasLogo(@Parent() settings: CertificateSettings): boolean {
    return settings.logoType !== null;
  }
}
