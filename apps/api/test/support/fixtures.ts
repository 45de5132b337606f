import { AccessScope } from '@lms/server/core';
import { UserService } from '@lms/server/identity';
import { AgencyService, EmployeeImportService, RegionService } from '@lms/server/organization';
import { Gender, generateNip, RegionType, Role } from '@lms/shared/domain';

import type { TestApp } from './test-app';

export const PASSWORD = 'rahasia-uji-123';

/** Builders for test data, written through the services so the rules apply to fixtures too. */
export class Fixtures {
  private seq = 0;

  constructor(private readonly t: TestApp) {}

  async region(code: string, name = `Kabupaten ${code}`) {
    const type = code.includes('.') ? RegionType.REGENCY : RegionType.PROVINCE;
    return this.t.get(RegionService).create({ code, name, type });
  }

  async agency(regionId: string, code: string, parentId?: string) {
    return this.t
      .get(AgencyService)
      .create({ regionId, code, name: `Dinas ${code}`, parentId }, AccessScope.system());
  }

  /** A valid NIP, different on every call. */
  nip(options: { female?: boolean; pppk?: boolean } = {}): string {
    this.seq += 1;
    return generateNip({
      birthDate: `19${70 + (this.seq % 25)}-0${1 + (this.seq % 9)}-1${this.seq % 9}`,
      appointment: options.pppk
        ? { year: 2022, pppk: true }
        : `20${10 + (this.seq % 10)}-0${1 + (this.seq % 9)}`,
      gender: options.female ? Gender.FEMALE : Gender.MALE,
      sequence: 1 + (this.seq % 999),
    });
  }

  async employees(
    rows: { nip: string; name: string; agencyCode: string; grade?: string; email?: string }[],
  ) {
    const csv = [
      'nip,full_name,email,agency_code,grade,position_title',
      ...rows.map(
        (r) => `${r.nip},${r.name},${r.email ?? ''},${r.agencyCode},${r.grade ?? 'III/a'},Analis`,
      ),
    ].join('\n');
    const result = await this.t
      .get(EmployeeImportService)
      .import(csv, false, AccessScope.system(), 'en');
    if (result.rejected) throw new Error(`fixture rows rejected: ${JSON.stringify(result.errors)}`);
  }

  async user(
    username: string,
    roles: Role[],
    extra: { regionId?: string; employeeNip?: string } = {},
  ) {
    await this.t.get(UserService).create({ username, password: PASSWORD, roles, ...extra });
    return this.t.gql.login(username, PASSWORD);
  }
}
