import { AccessScope, InvalidInputError, NotFoundError } from '@lms/server/core';
import { LearningRecordService, LearningSource } from '@lms/server/learning';
import { Employee, EmployeeService } from '@lms/server/organization';
import { ANNUAL_JP_OBLIGATION, meetsJpObligation, roundJp, sumJp } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';

import { checkIndicatorYear, currentYear } from '../common/indicator-year';
import { EmployeeJpLedger } from './analyst.models';
import { JpLedgerArgs } from './dtos/analyst.args';

@Injectable()
export class JpLedgerService {
  constructor(
    private readonly employees: EmployeeService,
    private readonly ledger: LearningRecordService,
  ) {}

  async ledgerOf(args: JpLedgerArgs, scope: AccessScope): Promise<EmployeeJpLedger> {
    const year = checkIndicatorYear(args.year) ?? currentYear();
    const employee = await this.employee(args, scope);
    const records = await this.ledger.forYear(employee.id, year);
    const totalJp = sumJp(records.map((r) => r.jp));
    const bySource = Object.values(LearningSource).map((source) => {
      const of = records.filter((r) => r.source === source);
      return { source, records: of.length, jp: sumJp(of.map((r) => r.jp)) };
    });
    return {
      employee,
      year,
      totalJp,
      obligation: ANNUAL_JP_OBLIGATION,
      shortfall: Math.max(0, roundJp(ANNUAL_JP_OBLIGATION - totalJp)),
      compliant: meetsJpObligation(totalJp),
      bySource,
      records,
    };
  }

  private async employee(args: JpLedgerArgs, scope: AccessScope): Promise<Employee> {
    if (args.employeeId) return this.employees.get(args.employeeId, scope);
    if (!args.nip) {
      throw new InvalidInputError('employeeId', 'employeeId: give the employee’s id or nip');
    }
    const found = await this.employees.findByNip(args.nip);
    if (!found || !scope.canReachRegion(found.regionId)) throw new NotFoundError('Employee', 'nip');
    return found;
  }
}
