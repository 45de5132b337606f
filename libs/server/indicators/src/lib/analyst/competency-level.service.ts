import { AccessScope } from '@lms/server/core';
import { COMPETENCY_TYPES, CompetencyType } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import {
  IndicatorScopeService,
  isNarrow,
  scopeConditions,
} from '../common/indicator-scope.service';
import { SqlParams } from '../common/sql-params';
import { CompetencyLevelRow } from './analyst.models';
import { CompetencyLevelArgs } from './dtos/analyst.args';

interface LevelSqlRow {
  agency_id: string;
  agency_code: string;
  agency_name: string;
  competency: CompetencyType;
  headcount: number;
  level0: number;
  level1: number;
  level2: number;
  level3: number;
  level4: number;
  level5: number;
}

const LEVEL_OF = `CASE WHEN f.level5 > 0 THEN 5 WHEN f.level4 > 0 THEN 4 WHEN f.level3 > 0 THEN 3
  WHEN f.level2 > 0 THEN 2 WHEN f.level1 > 0 THEN 1 ELSE 0 END`;

/** In a region: one primary-key probe per employee (an aggregate keeps the LATERAL a loop). */
const PER_EMPLOYEE_LATERAL = `LEFT JOIN LATERAL (
  SELECT max(${LEVEL_OF}) FILTER (WHERE f.competency = 'TECHNICAL') AS technical,
         max(${LEVEL_OF}) FILTER (WHERE f.competency = 'MANAGERIAL') AS managerial,
         max(${LEVEL_OF}) FILTER (WHERE f.competency = 'SOCIO_CULTURAL') AS socio_cultural
    FROM indicator_employee_facts f
   WHERE f.employee_id = e.id AND f.year = 0) l ON true`;

/** Across every region: one hash join over the year-0 facts. */
const PER_EMPLOYEE_JOINED = `LEFT JOIN (
  SELECT f.employee_id,
         max(${LEVEL_OF}) FILTER (WHERE f.competency = 'TECHNICAL') AS technical,
         max(${LEVEL_OF}) FILTER (WHERE f.competency = 'MANAGERIAL') AS managerial,
         max(${LEVEL_OF}) FILTER (WHERE f.competency = 'SOCIO_CULTURAL') AS socio_cultural
    FROM indicator_employee_facts f
   WHERE f.year = 0 AND f.competency <> '*'
   GROUP BY f.employee_id) l ON l.employee_id = e.id`;

const LEVEL_COUNTS = [0, 1, 2, 3, 4, 5]
  .map((l) => `count(*) FILTER (WHERE c.level = ${l})::int AS level${l}`)
  .join(', ');

/**
 * The competency-level distribution per agency: each active employee counts once per competency
 * at the highest level (1 Paham … 5 Ahli) of the courses they completed in it, every year
 * together. Levels are the courses' levels as counted when each record was credited.
 */
@Injectable()
export class CompetencyLevelService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: IndicatorScopeService,
  ) {}

  async distribution(args: CompetencyLevelArgs, scope: AccessScope): Promise<CompetencyLevelRow[]> {
    const resolved = await this.scopes.resolve(args, scope);
    const competencies = args.competency ? [args.competency] : [...COMPETENCY_TYPES];
    const p = new SqlParams();
    const rows: LevelSqlRow[] = await this.dataSource.query(
      `WITH per_employee AS (
         SELECT e.agency_id, l.technical, l.managerial, l.socio_cultural
           FROM employees e
${isNarrow(resolved) ? PER_EMPLOYEE_LATERAL : PER_EMPLOYEE_JOINED}
          WHERE e.active ${scopeConditions('e', resolved, p)}),
       counted AS (
         SELECT p.agency_id, c.competency, c.ord, count(*)::int AS headcount, ${LEVEL_COUNTS}
           FROM per_employee p
          CROSS JOIN LATERAL (VALUES ('TECHNICAL', 1, coalesce(p.technical, 0)),
                                     ('MANAGERIAL', 2, coalesce(p.managerial, 0)),
                                     ('SOCIO_CULTURAL', 3, coalesce(p.socio_cultural, 0)))
            AS c(competency, ord, level)
          WHERE c.competency = ANY (${p.add(competencies)}::text[])
          GROUP BY p.agency_id, c.competency, c.ord)
       SELECT c.*, a.code AS agency_code, a.name AS agency_name
         FROM counted c JOIN agencies a ON a.id = c.agency_id
        ORDER BY a.code, c.ord`,
      p.values,
    );
    return rows.map((r) => ({
      agencyId: r.agency_id,
      agencyCode: r.agency_code,
      agencyName: r.agency_name,
      competency: r.competency,
      headcount: r.headcount,
      withoutLevel: r.level0,
      level1: r.level1,
      level2: r.level2,
      level3: r.level3,
      level4: r.level4,
      level5: r.level5,
    }));
  }
}
