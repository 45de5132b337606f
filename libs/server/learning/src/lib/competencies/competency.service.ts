import {
  AccessScope,
  AuditService,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
} from '@lms/server/core';
import { RegionService } from '@lms/server/organization';
import { Role } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';

import { CompetencyType } from '../common/learning-enums';
import { Competency } from './competency.entity';
import { CompetencyLevel } from './competency-level.entity';
import { CreateCompetencyInput } from './dtos/create-competency.input';

@Injectable()
export class CompetencyService {
  constructor(
    @InjectRepository(Competency) private readonly competencies: Repository<Competency>,
    @InjectRepository(CompetencyLevel) private readonly levels: Repository<CompetencyLevel>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
  ) {}

  async createTechnical(input: CreateCompetencyInput, scope: AccessScope): Promise<Competency> {
    scope.assertRole(Role.ADMIN, Role.ORGANIZER);
    let regionId: string;
    if (scope.regionId) {
      if (input.regionId && input.regionId !== scope.regionId) {
        throw new ForbiddenError('Organizers define competencies for their own region only');
      }
      regionId = scope.regionId;
    } else if (input.regionId) {
      regionId = (await this.regions.get(input.regionId, scope, 'regionId')).id;
    } else {
      throw new InvalidInputError(
        'regionId',
        'regionId: is required when an ADMIN defines a competency',
      );
    }
    const code = input.code.trim();
    const taken = await this.competencies
      .createQueryBuilder('c')
      .where('lower(c.code) = lower(:code)', { code })
      .andWhere('(c.region_id = :regionId OR c.region_id IS NULL)', { regionId })
      .getExists();
    if (taken)
      throw new ConflictError('code', `code: competency ${code} already exists in this region`);
    return this.dataSource.transaction(async (m) => {
      const competency = await m.save(
        m.create(Competency, {
          type: CompetencyType.TECHNICAL,
          code,
          name: input.name.trim(),
          description: input.description?.trim() || null,
          regionId,
        }),
      );
      await this.audit.record(m, {
        action: 'createCompetency',
        entityType: 'Competency',
        entityId: competency.id,
        regionId,
        summary: { code, name: competency.name, type: competency.type },
      });
      return competency;
    });
  }

  /**
   * The national competencies and the technical ones of the caller's region (a learner: their
   * employee's region; ADMIN: every region, or `regionId`'s).
   */
  list(
    scope: AccessScope,
    filter: { type?: CompetencyType | null; regionId?: string | null },
  ): Promise<Competency[]> {
    const qb = this.competencies.createQueryBuilder('c');
    if (filter.type) qb.andWhere('c.type = :type', { type: filter.type });
    if (scope.selfOnly) {
      qb.andWhere(
        '(c.region_id IS NULL OR c.region_id = (SELECT e.region_id FROM employees e WHERE e.id = :self))',
        { self: scope.selfEmployeeId },
      );
    } else {
      const region = scope.regionId ?? filter.regionId ?? null;
      if (region) qb.andWhere('(c.region_id IS NULL OR c.region_id = :region)', { region });
    }
    return qb.orderBy('c.type', 'ASC').addOrderBy('c.code', 'ASC').getMany();
  }

  listLevels(): Promise<CompetencyLevel[]> {
    return this.levels.find({ order: { level: 'ASC' } });
  }

  findByIds(ids: readonly string[]): Promise<Competency[]> {
    return this.competencies.findBy({ id: In([...ids]) });
  }
}
