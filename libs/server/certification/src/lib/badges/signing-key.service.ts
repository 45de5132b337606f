import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  generateKeyPairSync,
  KeyObject,
  randomBytes,
} from 'node:crypto';

import { APP_CONFIG, AppConfig } from '@lms/server/core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { CertificateSigningKey } from './certificate-signing-key.entity';
import { signingKeySecret } from './key-secret';

export interface RegionKey {
  publicKey: Buffer;
  privateKey: KeyObject;
}

/** One Ed25519 key per region, made on first use and kept encrypted (AES-256-GCM) in PostgreSQL. */
@Injectable()
export class SigningKeyService {
  private secret?: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forRegion(regionId: string): Promise<RegionKey> {
    const repo = this.dataSource.getRepository(CertificateSigningKey);
    let row = await repo.findOneBy({ regionId });
    if (!row) {
      const { publicKey, privateKey } = generateKeyPairSync('ed25519');
      const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
      // Two processes may race to create it: the first insert wins and both read it back.
      await repo
        .createQueryBuilder()
        .insert()
        .values({
          regionId,
          publicKey: raw.toString('base64url'),
          privateKeyEncrypted: this.encrypt(privateKey.export({ format: 'der', type: 'pkcs8' })),
        })
        .orIgnore()
        .execute();
      row = await repo.findOneByOrFail({ regionId });
    }
    return {
      publicKey: Buffer.from(row.publicKey, 'base64url'),
      privateKey: createPrivateKey({
        key: this.decrypt(row.privateKeyEncrypted),
        format: 'der',
        type: 'pkcs8',
      }),
    };
  }

  private key(): Buffer {
    this.secret ??= signingKeySecret(this.config);
    return this.secret;
  }

  private encrypt(plain: Buffer): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key(), iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
  }

  private decrypt(stored: string): Buffer {
    const [iv, tag, body] = stored.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.key(), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  }
}
