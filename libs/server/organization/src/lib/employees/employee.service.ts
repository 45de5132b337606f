import {
  AccessScope,
  ConnectionShape,
  decodeCursor,
  NotFoundError,
  toConnection,
} from '@lms/server/core';
import { normalizeNip } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, Repository, SelectQueryBuilder } from 'typeorm';

import { AgencyService } from '../agencies/agency.service';
import { EmployeeListArgs } from './dtos/employee-list.args';
import { Employee } from './employee.entity';

@Injectable()
export class EmployeeService {
  constructor(
    @InjectRepository(Employee) private readonly employees: Repository<Employee>,
    private readonly agencies: AgencyService,
  ) {}

  /** Limits a query to what the scope may read: a region for staff, one person for a learner. */
  private scoped(
    qb: SelectQueryBuilder<Employee>,
    scope: AccessScope,
  ): SelectQueryBuilder<Employee> {
    if (scope.selfOnly) return qb.andWhere('e.id = :self', { self: scope.selfEmployeeId });
    if (scope.regionId) qb.andWhere('e.region_id = :scopeRegion', { scopeRegion: scope.regionId });
    return qb;
  }

  async list(args: EmployeeListArgs, scope: AccessScope): Promise<ConnectionShape<Employee>> {
    const qb = this.scoped(this.employees.createQueryBuilder('e'), scope);
    if (args.agencyId) {
      const agency = await this.agencies.get(args.agencyId, scope, 'agencyId');
      qb.andWhere('e.agency_id IN (SELECT a.id FROM agencies a WHERE a.path LIKE :path)', {
        path: `${agency.path}%`,
      });
    }
    const search = args.search?.trim();
    if (search) {
      const digits = normalizeNip(search);
      if (/^\d+$/.test(digits)) {
        qb.andWhere('e.nip LIKE :nip', { nip: `${digits}%` });
      } else {
        const escaped = search.replace(/[\\%_]/g, (c) => `\\${c}`);
        qb.andWhere('e.full_name ILIKE :name', { name: `%${escaped}%` });
      }
    }
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2);
      qb.andWhere('(e.full_name, e.id) > (:name, :id)', { name, id });
    }
    const rows = await qb
      .orderBy('e.full_name', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .take(args.first + 1)
      .getMany();
    return toConnection(rows, args.first, totalCount, (e) => [e.fullName, e.id]);
  }

  async get(id: string, scope: AccessScope): Promise<Employee> {
    if (!isUUID(id)) throw new NotFoundError('Employee', 'id');
    const employee = await this.scoped(this.employees.createQueryBuilder('e'), scope)
      .andWhere('e.id = :id', { id })
      .getOne();
    if (!employee) throw new NotFoundError('Employee', 'id');
    return employee;
  }

  async findByNip(nip: string): Promise<Employee | null> {
    return this.employees.findOneBy({ nip: normalizeNip(nip) });
  }

  findByIds(ids: readonly string[]): Promise<Employee[]> {
    return this.employees.findBy({ id: In([...ids]) });
  }
}
