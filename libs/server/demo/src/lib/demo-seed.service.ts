import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { CertificateSettingsService } from '@lms/server/certification';
import { AccessScope, APP_CONFIG, AppConfig } from '@lms/server/core';
import { UserService } from '@lms/server/identity';
import {
  Agency,
  AgencyService,
  EmployeeImportService,
  Region,
  RegionService,
} from '@lms/server/organization';
import { createRng, Role } from '@lms/shared/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { DEMO_TESTED_COURSE, DemoAssessmentsService } from './demo-assessments.service';
import {
  DEMO_AGENCIES,
  DEMO_CERTIFICATE_SETTINGS,
  DEMO_REGIONS,
  DEMO_USERNAMES,
} from './demo-catalog';
import { DemoLearningService } from './demo-learning.service';
import { draftPerson } from './demo-population';
import { DemoTrainingsService } from './demo-trainings.service';

export interface DemoAccounts {
  admin: string;
  organizer: string;
  hrAnalyst: string;
  instructor: string;
  learnerNip: string;
  learnerName: string;
}

const csvField = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * Loads the demo: two local governments, their OPD, a few hundred employees with valid NIPs and
 * one account per role. Only into an empty, non-production database, so it can never overwrite
 * real data.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionService,
    private readonly agencies: AgencyService,
    private readonly importer: EmployeeImportService,
    private readonly users: UserService,
    private readonly learning: DemoLearningService,
    private readonly demoTrainings: DemoTrainingsService,
    private readonly demoAssessments: DemoAssessmentsService,
    private readonly certificateSettings: CertificateSettingsService,
  ) {}

  async seedIfEmpty(): Promise<DemoAccounts | null> {
    if (this.config.nodeEnv === 'production') {
      console.log('NODE_ENV=production: demo data is never loaded.');
      return null;
    }
    const [{ count }] = await this.dataSource.query('SELECT count(*)::int AS count FROM regions');
    if (count > 0) {
      console.log('The database already has data: demo data not loaded.');
      return null;
    }
    const accounts = await this.seed();
    mkdirSync(this.config.dataDir, { recursive: true });
    writeFileSync(
      join(this.config.dataDir, 'demo-accounts.json'),
      JSON.stringify(accounts, null, 2),
    );
    console.log(`DEMO_LEARNER_NIP=${accounts.learnerNip}`);
    return accounts;
  }

  private async seed(): Promise<DemoAccounts> {
    const rng = createRng(20261128);
    const scope = AccessScope.system();
    const usedNips = new Set<string>();
    const created: { region: Region; firstNip: string; firstName: string }[] = [];

    for (const spec of DEMO_REGIONS) {
      const region = await this.regions.create({
        code: spec.code,
        name: spec.name,
        type: spec.type,
      });
      const leaves: Agency[] = [];
      for (const [suffix, name, children] of DEMO_AGENCIES) {
        const agency = await this.agencies.create(
          { regionId: region.id, code: `${spec.prefix}-${suffix}`, name },
          scope,
        );
        leaves.push(agency);
        for (const [childSuffix, childName] of children ?? []) {
          leaves.push(
            await this.agencies.create(
              {
                regionId: region.id,
                code: `${spec.prefix}-${suffix}-${childSuffix}`,
                name: childName,
                parentId: agency.id,
              },
              scope,
            ),
          );
        }
      }
      const people = Array.from({ length: spec.employees }, () => draftPerson(rng, usedNips));
      const csv = [
        'nip,full_name,email,agency_code,grade,position_title,position_type',
        ...people.map((p, i) =>
          [
            p.nip,
            p.fullName,
            '',
            leaves[i % leaves.length].code,
            p.grade,
            p.positionTitle,
            p.positionType,
          ]
            .map(csvField)
            .join(','),
        ),
      ].join('\n');
      const result = await this.importer.import(csv, false, scope, 'en');
      if (result.rejected > 0) {
        throw new Error(`Demo employees rejected: ${JSON.stringify(result.errors.slice(0, 3))}`);
      }
      await this.certificateSettings.save(
        { regionId: region.id, ...DEMO_CERTIFICATE_SETTINGS[spec.code] },
        scope,
      );
      created.push({ region, firstNip: people[0].nip, firstName: people[0].fullName });
      this.logger.log(`${spec.name}: ${leaves.length} agencies, ${result.created} employees`);
    }

    const home = created[0];
    const password = this.config.demoPassword;
    await this.users.create({ username: DEMO_USERNAMES.admin, password, roles: [Role.ADMIN] });
    await this.users.create({
      username: DEMO_USERNAMES.organizer,
      password,
      roles: [Role.ORGANIZER],
      regionId: home.region.id,
    });
    await this.users.create({
      username: DEMO_USERNAMES.hrAnalyst,
      password,
      roles: [Role.HR_ANALYST],
      regionId: home.region.id,
    });
    await this.users.create({
      username: DEMO_USERNAMES.instructor,
      password,
      roles: [Role.INSTRUCTOR],
      regionId: home.region.id,
    });
    await this.users.create({
      username: home.firstNip,
      password,
      roles: [Role.LEARNER],
      employeeNip: home.firstNip,
    });

    const courses = await this.learning.seedCourses(home.region.id);
    const records = await this.learning.seedHistory(rng);
    this.logger.log(`${courses} published courses, ${records} completed training records`);
    const trainings = await this.demoTrainings.seed(
      home.region.id,
      home.firstNip,
      DEMO_USERNAMES.instructor,
    );
    this.logger.log('Bimtek: an upcoming class with a waitlist, a running one, a completed one');
    const selfPaced = await this.demoAssessments.seedSelfPaced(home.region.id, home.firstNip);
    const inClass = await this.demoAssessments.seedClass(trainings.pastId, home.firstNip);
    this.logger.log(
      `Pre/post-tests: ${selfPaced} learners of ${DEMO_TESTED_COURSE}, ${inClass} of the completed class`,
    );

    return { ...DEMO_USERNAMES, learnerNip: home.firstNip, learnerName: home.firstName };
  }
}
