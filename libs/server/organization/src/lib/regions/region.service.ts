import {
  AccessScope,
  AuditService,
  ConflictError,
  InvalidInputError,
  NotFoundError,
} from '@lms/server/core';
import { regionCodeError, regionCodeErrorMessage } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, Repository } from 'typeorm';

import { CreateRegionInput } from './dtos/create-region.input';
import { Region } from './region.entity';

@Injectable()
export class RegionService {
  constructor(
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    private readonly audit: AuditService,
  ) {}

  async create(input: CreateRegionInput): Promise<Region> {
    const problem = regionCodeError(input.code, input.type);
    if (problem)
      throw new InvalidInputError('code', `code: ${regionCodeErrorMessage(problem, 'en')}`);
    const name = input.name.trim();
    if (await this.regions.existsBy({ code: input.code })) {
      throw new ConflictError('code', `code: a region with code ${input.code} already exists`);
    }
    return this.regions.manager.transaction(async (manager) => {
      const region = await manager.save(
        manager.create(Region, { code: input.code, name, type: input.type }),
      );
      await this.audit.record(manager, {
        action: 'createRegion',
        entityType: 'Region',
        entityId: region.id,
        regionId: region.id,
        summary: { code: region.code, name, type: region.type },
      });
      return region;
    });
  }

  list(scope: AccessScope): Promise<Region[]> {
    const where = scope.regionId ? { id: scope.regionId } : {};
    return this.regions.find({ where, order: { code: 'ASC' } });
  }

  async get(id: string, scope: AccessScope, field = 'id'): Promise<Region> {
    const region = isUUID(id) ? await this.regions.findOneBy({ id }) : null;
    if (!region || !scope.canReachRegion(region.id)) throw new NotFoundError('Region', field);
    return region;
  }

  /** For DataLoaders: regions by id, unscoped (callers already hold a scoped parent). */
  findByIds(ids: readonly string[]): Promise<Region[]> {
    return this.regions.findBy({ id: In([...ids]) });
  }
}
