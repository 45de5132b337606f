import { APP_CONFIG, AppConfig } from '@lms/server/core';
import { createRng } from '@lms/shared/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { DemoSeedService } from '../demo-seed.service';
import { addCourses } from './generate-courses';
import { addEmployees, existingEmployees } from './generate-employees';
import { GenerateOptions } from './generate-options';
import { addRecords } from './generate-records';
import { addAgencies, addRegions } from './generate-regions';
import { CourseRow } from './generated-rows';
import { ProgressSink } from './progress-reporter';

export interface GenerateSummary {
  regions: number;
  agencies: number;
  employees: number;
  courses: number;
  records: number;
  seconds: number;
}

/**
 * `npm run generate`: a realistic synthetic population for load tests, added to whatever the
 * database holds (new region codes, agency codes, NIPs and course codes on every run): regencies
 * and cities with their OPD, kecamatan and kelurahan, employees with valid NIPs and fitting grades
 * and positions, courses over the three competencies and levels, and completed training records
 * over three years. Rows go in with multi-row INSERTs of a few thousand, each chunk in its own
 * transaction; the indicator rollups follow through their triggers.
 */
@Injectable()
export class PopulationGenerator {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly demo: DemoSeedService,
  ) {}

  async run(
    options: GenerateOptions,
    out: ProgressSink = process.stdout,
  ): Promise<GenerateSummary> {
    if (this.config.nodeEnv === 'production') {
      throw new Error(
        'NODE_ENV=production: synthetic people are never generated into production data.',
      );
    }
    const started = Date.now();
    const rng = createRng(options.seed);
    const today = new Date();
    out.write(
      `Generating ${options.employees.toLocaleString('en-US')} employees and ` +
        `${options.completions.toLocaleString('en-US')} completed trainings (seed ${options.seed})\n`,
    );
    const [{ count }] = await this.dataSource.query('SELECT count(*)::int AS count FROM regions');
    if (count === 0) {
      // An empty database would otherwise never get the demo accounts `npm start` prints.
      out.write('The database is empty: loading the demo accounts and data first.\n');
      await this.demo.seedIfEmpty();
    }

    // Every step draws from the one seeded rng, in this order: reordering the steps would change
    // what a given seed generates.
    const regions =
      options.employees > 0 ? await addRegions(this.dataSource, rng, options.employees) : [];
    const agencies = regions.length
      ? await addAgencies(this.dataSource, rng, regions, options.employees)
      : [];
    if (regions.length) {
      out.write(
        `  ${plural(regions.length, 'region')} (${regions.map((r) => r.code).join(', ')}), ` +
          `${plural(agencies.length, 'agency', 'agencies')}\n`,
      );
    }
    const employees = options.employees
      ? await addEmployees(this.dataSource, rng, regions, agencies, options.employees, today, out)
      : await existingEmployees(this.dataSource);
    // Fresh statistics before the ledger goes in: planned against the pre-insert sizes, the
    // rollup triggers scanned the whole employees table once per chunk (100k employees / 1M
    // records took 12 minutes instead of a few; autovacuum's own ANALYZE comes too late).
    if (options.employees > 0) await this.dataSource.query('ANALYZE employees, agencies');
    let courses: CourseRow[] = [];
    let records = 0;
    if (options.completions > 0) {
      if (employees.length === 0) {
        throw new Error('There are no active employees to credit: add some with --employees N.');
      }
      courses = await addCourses(this.dataSource, rng, options.seed, regions[0]?.id);
      out.write(`  ${courses.length} courses over the three competencies\n`);
      records = await addRecords(this.dataSource, rng, employees, courses, options, today, out);
    }
    const summary: GenerateSummary = {
      regions: regions.length,
      agencies: agencies.length,
      employees: options.employees,
      courses: courses.length,
      records,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
    out.write(
      `Done in ${summary.seconds}s: ${plural(summary.regions, 'region')}, ` +
        `${plural(summary.agencies, 'agency', 'agencies')}, ${plural(summary.employees, 'employee')}, ` +
        `${plural(summary.courses, 'course')}, ${plural(summary.records, 'training record')}.\n`,
    );
    return summary;
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
