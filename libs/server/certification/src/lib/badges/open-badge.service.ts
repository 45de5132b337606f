import { APP_CONFIG, AppConfig } from '@lms/server/core';
import { Inject, Injectable } from '@nestjs/common';

import type { Certificate } from '../certificates/certificate.entity';
import { type JsonObject, openBadgeCredential, signEddsaJcs2022 } from './open-badge-credential';
import { SigningKeyService } from './signing-key.service';

@Injectable()
export class OpenBadgeService {
  constructor(
    private readonly keys: SigningKeyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The signed credential of a certificate's current version. */
  async credential(certificate: Certificate): Promise<JsonObject> {
    const key = await this.keys.forRegion(certificate.regionId);
    const unsigned = openBadgeCredential(certificate, this.config.publicUrl, key.publicKey);
    return signEddsaJcs2022(
      unsigned,
      key.privateKey,
      key.publicKey,
      certificate.renderedAt ?? certificate.createdAt,
    );
  }
}
