import { AccessScope } from '@lms/server/core';
import { COMPETENCY_TYPES, CompetencyType } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { IndicatorScopeService, scopeConditions } from '../common/indicator-scope.service';
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

const LEVEL_COUNTS = [0, 1, 2, 3, 4, 5]
  .map((l) => `count(*) FILTER (WHERE l.level = ${l})::int AS level${l}`)
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
      `WITH counted AS (
         SELECT e.agency_id, c.competency, c.ord, count(*)::int AS headcount, ${LEVEL_COUNTS}
           FROM employees e
          CROSS JOIN unnest(${p.add(competencies)}::text[]) WITH ORDINALITY AS c(competency, ord)
           LEFT JOIN indicator_employee_facts f
             ON f.employee_id = e.id AND f.year = 0 AND f.competency = c.competency
          CROSS JOIN LATERAL (SELECT CASE
                 WHEN f.level5 > 0 THEN 5 WHEN f.level4 > 0 THEN 4 WHEN f.level3 > 0 THEN 3
                 WHEN f.level2 > 0 THEN 2 WHEN f.level1 > 0 THEN 1 ELSE 0 END AS level) l
          WHERE e.active ${scopeConditions('e', resolved, p)}
          GROUP BY e.agency_id, c.competency, c.ord)
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
