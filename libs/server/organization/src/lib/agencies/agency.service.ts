import {
  AccessScope,
  AuditService,
  ConflictError,
  InvalidInputError,
  NotFoundError,
} from '@lms/server/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, Repository } from 'typeorm';

import { RegionService } from '../regions/region.service';
import { Agency } from './agency.entity';
import { CreateAgencyInput } from './dtos/create-agency.input';

/** Deep enough for province → OPD → bidang → kecamatan → kelurahan/desa and then some. */
const MAX_DEPTH = 8;

@Injectable()
export class AgencyService {
  constructor(
    @InjectRepository(Agency) private readonly agencies: Repository<Agency>,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
  ) {}

  async create(input: CreateAgencyInput, scope: AccessScope): Promise<Agency> {
    const region = await this.regions.get(input.regionId, scope, 'regionId');
    let parent: Agency | null = null;
    if (input.parentId) {
      parent = await this.agencies.findOneBy({ id: input.parentId });
      if (!parent || parent.regionId !== region.id) {
        throw new InvalidInputError('parentId', 'parentId: no agency with this id in that region');
      }
      if (parent.depth + 1 >= MAX_DEPTH) {
        throw new InvalidInputError(
          'parentId',
          `parentId: agencies nest at most ${MAX_DEPTH} deep`,
        );
      }
    }
    const code = input.code.trim();
    if (await this.agencies.existsBy({ code })) {
      throw new ConflictError('code', `code: an agency with code ${code} already exists`);
    }
    const id = crypto.randomUUID();
    return this.agencies.manager.transaction(async (manager) => {
      const agency = await manager.save(
        manager.create(Agency, {
          id,
          regionId: region.id,
          parentId: parent?.id ?? null,
          code,
          name: input.name.trim(),
          path: `${parent?.path ?? ''}${id}/`,
          depth: parent ? parent.depth + 1 : 0,
        }),
      );
      await this.audit.record(manager, {
        action: 'createAgency',
        entityType: 'Agency',
        entityId: agency.id,
        regionId: agency.regionId,
        summary: { code, name: agency.name, parentId: agency.parentId },
        actor: scope,
      });
      return agency;
    });
  }

  list(scope: AccessScope, regionId?: string | null): Promise<Agency[]> {
    const region = scope.regionId ?? regionId ?? undefined;
    if (regionId && scope.regionId && regionId !== scope.regionId) return Promise.resolve([]);
    return this.agencies.find({
      where: region ? { regionId: region } : {},
      order: { path: 'ASC' },
    });
  }

  async get(id: string, scope: AccessScope, field = 'id'): Promise<Agency> {
    const agency = isUUID(id) ? await this.agencies.findOneBy({ id }) : null;
    if (!agency || !scope.canReachRegion(agency.regionId)) throw new NotFoundError('Agency', field);
    return agency;
  }

  findByIds(ids: readonly string[]): Promise<Agency[]> {
    return this.agencies.findBy({ id: In([...ids]) });
  }

  /** Agencies by code for imports, limited to what the scope may reach. */
  async findByCodes(codes: string[], scope: AccessScope): Promise<Map<string, Agency>> {
    if (codes.length === 0) return new Map();
    const rows = await this.agencies.findBy({
      code: In(codes),
      ...(scope.regionId ? { regionId: scope.regionId } : {}),
    });
    return new Map(rows.map((a) => [a.code, a]));
  }
}
