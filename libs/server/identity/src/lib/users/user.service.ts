import {
  AccessScope,
  AuditService,
  ConflictError,
  InvalidInputError,
  NotFoundError,
} from '@lms/server/core';
import { EmployeeService, RegionService } from '@lms/server/organization';
import { parseNip, Role } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { hash } from '@node-rs/argon2';
import { isUUID } from 'class-validator';
import { In, Repository } from 'typeorm';

import { CreateUserInput } from './dtos/create-user.input';
import { InstructorRef } from './instructor-ref.model';
import { User } from './user.entity';

const REGIONAL_ROLES: Role[] = [Role.ORGANIZER, Role.INSTRUCTOR, Role.HR_ANALYST];

@Injectable()
export class UserService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly regions: RegionService,
    private readonly employees: EmployeeService,
    private readonly audit: AuditService,
  ) {}

  async create(input: CreateUserInput): Promise<User> {
    const roles = [...new Set(input.roles)];
    const admin = roles.includes(Role.ADMIN);
    let regionId: string | null = null;
    if (input.regionId) {
      const region = await this.regions.findByIds([input.regionId]);
      if (!region.length)
        throw new InvalidInputError('regionId', 'regionId: no region with this id');
      regionId = input.regionId;
    } else if (!admin && roles.some((r) => REGIONAL_ROLES.includes(r))) {
      throw new InvalidInputError(
        'regionId',
        `regionId: is required for ${REGIONAL_ROLES.join(', ')}`,
      );
    }

    let employeeId: string | null = null;
    if (input.employeeNip) {
      const nip = parseNip(input.employeeNip);
      if (!nip.valid) throw new InvalidInputError('employeeNip', 'employeeNip: is not a valid NIP');
      const employee = await this.employees.findByNip(nip.nip);
      if (!employee)
        throw new InvalidInputError('employeeNip', 'employeeNip: no employee with this NIP');
      if (await this.users.existsBy({ employeeId: employee.id })) {
        throw new ConflictError('employeeNip', 'employeeNip: this employee already has an account');
      }
      employeeId = employee.id;
    } else if (roles.includes(Role.LEARNER)) {
      throw new InvalidInputError('employeeNip', 'employeeNip: is required for LEARNER');
    }

    const username = input.username.trim();
    const taken = await this.users
      .createQueryBuilder('u')
      .where('lower(u.username) = lower(:username)', { username })
      .getExists();
    if (taken) throw new ConflictError('username', `username: "${username}" is already taken`);
    const email = input.email?.trim().toLowerCase() || null;
    if (
      email &&
      (await this.users
        .createQueryBuilder('u')
        .where('lower(u.email) = :email', { email })
        .getExists())
    ) {
      throw new ConflictError('email', 'email: already belongs to another account');
    }

    const passwordHash = await hash(input.password);
    return this.users.manager.transaction(async (manager) => {
      const user = await manager.save(
        manager.create(User, { username, email, passwordHash, roles, regionId, employeeId }),
      );
      await this.audit.record(manager, {
        action: 'createUser',
        entityType: 'User',
        entityId: user.id,
        regionId,
        summary: { username, roles, regionId, employeeId },
      });
      return user;
    });
  }

  async get(id: string): Promise<User> {
    const user = isUUID(id) ? await this.users.findOneBy({ id }) : null;
    if (!user) throw new NotFoundError('User', 'id');
    return user;
  }

  /**
   * Active INSTRUCTOR accounts a class may book, by username: for ADMIN and ORGANIZER only. An
   * organizer gets their own region's; an ADMIN every region's, or one region's when asked. A
   * region the caller cannot reach answers NOT_FOUND, as the other regional reads do.
   */
  async instructors(scope: AccessScope, regionId?: string | null): Promise<InstructorRef[]> {
    scope.assertRole(Role.ADMIN, Role.ORGANIZER);
    const region = regionId
      ? (await this.regions.get(regionId, scope, 'regionId')).id
      : scope.regionId;
    const query = this.users
      .createQueryBuilder('u')
      .select(['u.id', 'u.username', 'u.regionId'])
      .where('u.active')
      .andWhere(':role = ANY(u.roles)', { role: Role.INSTRUCTOR })
      .andWhere('u.regionId IS NOT NULL')
      .orderBy('lower(u.username)')
      .addOrderBy('u.id');
    if (region) query.andWhere('u.regionId = :region', { region });
    const rows = await query.getMany();
    return rows.map((u) => ({ id: u.id, username: u.username, regionId: u.regionId as string }));
  }

  findByIds(ids: readonly string[]): Promise<User[]> {
    return this.users.findBy({ id: In([...ids]) });
  }
}
