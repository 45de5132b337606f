import { InvalidInputError } from '@lms/server/core';
import { Agency, Employee } from '@lms/server/organization';
import { NIP_LENGTH, normalizeNip } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';

import type { LockedTraining, SeatRequest } from './seat-allocator';

/** Most NIPs one call may name: a large class, and a request that still fits in a transaction. */
export const MAX_NIPS_PER_CALL = 1000;

export interface Nominee {
  nip: string;
  employeeId: string;
  agencyId: string;
}

function listed(nips: string[]): string {
  const shown = nips.slice(0, 10).join(', ');
  return nips.length > 10 ? `${shown} and ${nips.length - 10} more` : shown;
}

/**
 * Turns the NIPs an organizer types into employees of the class's region, refusing the whole list
 * (field `nips`) when any is malformed, repeated, unknown, of another region or inactive, and works
 * out which agency quota each one counts against (under the class's lock, see withQuotas).
 */
@Injectable()
export class NomineeResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolve(rawNips: string[], regionId: string): Promise<Nominee[]> {
    if (!rawNips.length) throw new InvalidInputError('nips', 'nips: name at least one employee');
    if (rawNips.length > MAX_NIPS_PER_CALL) {
      throw new InvalidInputError('nips', `nips: at most ${MAX_NIPS_PER_CALL} per call`);
    }
    const nips = rawNips.map((n) => normalizeNip(n));
    // Only the shape: whether the number exists is the lookup's question, not the NIP rules'.
    const shape = new RegExp(`^\\d{${NIP_LENGTH}}$`);
    const malformed = nips.filter((n) => !shape.test(n));
    if (malformed.length) {
      throw new InvalidInputError('nips', `nips: not a valid NIP: ${listed(malformed)}`);
    }
    const repeated = nips.filter((n, i) => nips.indexOf(n) !== i);
    if (repeated.length) {
      throw new InvalidInputError('nips', `nips: listed more than once: ${listed(repeated)}`);
    }
    const employees = await this.dataSource.getRepository(Employee).findBy({ nip: In(nips) });
    const byNip = new Map(
      employees.filter((e) => e.regionId === regionId).map((e) => [e.nip, e] as const),
    );
    // Another region's employees are reported like unknown ones, so NIPs do not leak across regions.
    const unknown = nips.filter((n) => !byNip.has(n));
    if (unknown.length) {
      throw new InvalidInputError(
        'nips',
        `nips: no employee of the class's region has NIP ${listed(unknown)}`,
      );
    }
    const inactive = nips.filter((n) => !byNip.get(n)?.active);
    if (inactive.length) {
      throw new InvalidInputError('nips', `nips: no longer active: ${listed(inactive)}`);
    }
    return nips.map((n) => {
      const e = byNip.get(n) as Employee;
      return { nip: e.nip, employeeId: e.id, agencyId: e.agencyId };
    });
  }

  /**
   * Adds the quota each nominee counts against: the quota agency whose subtree holds the
   * employee's agency (quota agencies of a class never nest, so there is at most one). Takes the
   * quotas from the locked class, so a class without quotas costs no query.
   */
  async withQuotas(
    manager: EntityManager,
    locked: LockedTraining,
    nominees: Pick<Nominee, 'employeeId' | 'agencyId'>[],
  ): Promise<SeatRequest[]> {
    if (!locked.quotas.size)
      return nominees.map((n) => ({ employeeId: n.employeeId, quotaAgencyId: null }));
    const ids = new Set([...locked.quotas.keys(), ...nominees.map((n) => n.agencyId)]);
    // Through the transaction's connection: a second pool connection taken while holding the
    // class's lock can starve the pool when every other connection waits for that lock.
    const agencies = await manager.getRepository(Agency).findBy({ id: In([...ids]) });
    const paths = new Map(agencies.map((a) => [a.id, a.path]));
    const quotaPaths = [...locked.quotas.keys()].map((id) => ({ id, path: paths.get(id) ?? '' }));
    return nominees.map((n) => {
      const path = paths.get(n.agencyId) ?? '';
      const quota = quotaPaths.find((q) => q.path && path.startsWith(q.path));
      return { employeeId: n.employeeId, quotaAgencyId: quota?.id ?? null };
    });
  }
}
