import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Region logos, keyed by the settings row's update time: a batch of thousands of certificates
 * reads a logo once, and a new upload (a new `updated_at`) is picked up by the next job.
 */
@Injectable()
export class RegionLogoCache {
  private readonly logos = new Map<string, Promise<Buffer | null>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get(regionId: string, settingsVersion: string | null): Promise<Buffer | null> {
    if (!settingsVersion) return Promise.resolve(null);
    const key = `${regionId}@${settingsVersion}`;
    let logo = this.logos.get(key);
    if (!logo) {
      logo = this.load(regionId);
      // Drop a failed read so the next job tries again.
      logo.catch(() => this.logos.delete(key));
      if (this.logos.size > 200) this.logos.clear();
      this.logos.set(key, logo);
    }
    return logo;
  }

  private async load(regionId: string): Promise<Buffer | null> {
    const rows: { logo: Buffer | null }[] = await this.dataSource.query(
      `SELECT logo FROM certificate_settings WHERE region_id = $1`,
      [regionId],
    );
    return rows[0]?.logo ?? null;
  }
}
