import {
  AccessScope,
  byKeys,
  Connection,
  ConnectionShape,
  GraphqlContext,
  ImportResult,
  RequiresRole,
  Scope,
} from '@lms/server/core';
import { resolveLang, Role } from '@lms/shared/domain';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { Agency } from '../agencies/agency.entity';
import { AgencyService } from '../agencies/agency.service';
import { EmployeeListArgs } from './dtos/employee-list.args';
import { ImportEmployeesArgs } from './dtos/import-employees.args';
import { Employee } from './employee.entity';
import { EmployeeService } from './employee.service';
import { EmployeeImportService } from './employee-import.service';

const EmployeeConnection = Connection(Employee, 'Employee');

@Resolver(() => Employee)
export class EmployeeResolver {
  constructor(
    private readonly employeeService: EmployeeService,
    private readonly importer: EmployeeImportService,
    private readonly agencies: AgencyService,
  ) {}

  @Query(() => EmployeeConnection, { description: 'The people directory, by name then id' })
  @RequiresRole(Role.ADMIN, Role.ORGANIZER, Role.HR_ANALYST)
  employees(
    @Args() args: EmployeeListArgs,
    @Scope() scope: AccessScope,
  ): Promise<ConnectionShape<Employee>> {
    return this.employeeService.list(args, scope);
  }

  @Query(() => Employee)
  employee(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: AccessScope,
  ): Promise<Employee> {
    return this.employeeService.get(id, scope);
  }

  @Mutation(() => ImportResult, {
    description: 'Upserts employees by NIP from CSV; with dryRun nothing is written',
  })
  @RequiresRole(Role.ADMIN, Role.HR_ANALYST)
  importEmployees(
    @Args() args: ImportEmployeesArgs,
    @Scope() scope: AccessScope,
    @Context() ctx: GraphqlContext,
  ): Promise<ImportResult> {
    const lang = resolveLang(ctx.req.headers['accept-language']);
    return this.importer.import(args.csv, args.dryRun, scope, lang);
  }

  @ResolveField(() => Agency)
  agency(@Parent() employee: Employee, @Context() ctx: GraphqlContext): Promise<Agency> {
    return ctx.loaders
      .get<string, Agency>('agencyById', async (ids) =>
        byKeys(ids, await this.agencies.findByIds(ids), (a) => a.id),
      )
      .load(employee.agencyId);
  }
}
