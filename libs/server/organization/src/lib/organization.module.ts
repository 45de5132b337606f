import type { DatabaseParts } from '@lms/server/core';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Agency } from './agencies/agency.entity';
import { AgencyResolver } from './agencies/agency.resolver';
import { AgencyService } from './agencies/agency.service';
import { Employee } from './employees/employee.entity';
import { EmployeeResolver } from './employees/employee.resolver';
import { EmployeeService } from './employees/employee.service';
import { EmployeeImportService } from './employees/employee-import.service';
import { CreateOrganization1764300000000 } from './migrations/1764300000000-CreateOrganization';
import { NipResolver } from './nip/nip.resolver';
import { Region } from './regions/region.entity';
import { RegionResolver } from './regions/region.resolver';
import { RegionService } from './regions/region.service';

export const ORGANIZATION_DATABASE: DatabaseParts = {
  entities: [Region, Agency, Employee],
  migrations: [CreateOrganization1764300000000],
};

@Module({
  imports: [TypeOrmModule.forFeature([Region, Agency, Employee])],
  providers: [
    RegionService,
    AgencyService,
    EmployeeService,
    EmployeeImportService,
    RegionResolver,
    AgencyResolver,
    EmployeeResolver,
    NipResolver,
  ],
  exports: [RegionService, AgencyService, EmployeeService, EmployeeImportService],
})
export class OrganizationModule {}
