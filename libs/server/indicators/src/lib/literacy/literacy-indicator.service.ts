import { AccessScope } from '@lms/server/core';
import {
  compareGrades,
  COMPETENCY_TYPES,
  competencyLabel,
  CompetencyType,
  gradeLabel,
  IndicatorGrouping,
  isKnownGrade,
  Lang,
} from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import {
  agencyScopeConditions,
  IndicatorScope,
  IndicatorScopeService,
  scopeConditions,
} from '../common/indicator-scope.service';
import { checkIndicatorYear, currentYear } from '../common/indicator-year';
import { SqlParams } from '../common/sql-params';
import { IndicatorFilter } from './dtos/indicator-filter.input';
import { IndicatorCounts, IndicatorRow, toIndicatorRow } from './indicator-row.model';

/** Which rollup rows a request reads (see the rollup migration for the '*' and 0 buckets). */
export interface IndicatorWindow {
  /** Year of trained/certified: the year asked for, or 0 for every year. */
  literacyYear: number;
  /** Year of totalJp/jpCompliant: the year asked for, or this calendar year. */
  jpYear: number;
  /** A competency, or '*' for every competency. */
  competency: CompetencyType | '*';
}

interface CountsRow {
  key: string;
  label?: string;
  headcount: number;
  trained: number;
  certified: number;
  literate: number;
  total_jp: number;
  jp_compliant: number;
}

const COUNT_COLUMNS = `coalesce(hc.headcount, 0)::int AS headcount,
  coalesce(ro.trained, 0)::int AS trained, coalesce(ro.certified, 0)::int AS certified,
  coalesce(ro.literate, 0)::int AS literate, coalesce(ro.total_jp, 0)::float8 AS total_jp,
  coalesce(ro.jp_compliant, 0)::int AS jp_compliant`;

function measures(w: IndicatorWindow, p: SqlParams): { select: string; where: string } {
  const lit = p.add(w.literacyYear);
  const jp = p.add(w.jpYear);
  return {
    select: `sum(r.trained) FILTER (WHERE r.year = ${lit}) AS trained,
      sum(r.certified) FILTER (WHERE r.year = ${lit}) AS certified,
      sum(r.literate) FILTER (WHERE r.year = ${lit}) AS literate,
      sum(r.total_jp) FILTER (WHERE r.year = ${jp}) AS total_jp,
      sum(r.jp_compliant) FILTER (WHERE r.year = ${jp}) AS jp_compliant`,
    where: `r.year IN (${lit}, ${jp})`,
  };
}

function counts(row: CountsRow): IndicatorCounts {
  return {
    headcount: row.headcount,
    trained: row.trained,
    certified: row.certified,
    literate: row.literate,
    totalJp: row.total_jp,
    jpCompliant: row.jp_compliant,
  };
}

/**
 * contract.md's `literacyIndicators`, read from the rollups the database keeps in the same
 * transaction as every ledger, certificate and employee write: a handful of rows per group
 * instead of a scan of the ledger (measured at 100k employees / 1M records: about 2 ms against
 * 340 ms for the same numbers computed live).
 */
@Injectable()
export class LiteracyIndicatorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: IndicatorScopeService,
  ) {}

  async indicators(
    groupBy: IndicatorGrouping,
    filter: IndicatorFilter | null | undefined,
    scope: AccessScope,
    lang: Lang,
  ): Promise<IndicatorRow[]> {
    const year = checkIndicatorYear(filter?.year);
    const window: IndicatorWindow = {
      literacyYear: year ?? 0,
      jpYear: year ?? currentYear(),
      competency: filter?.competency ?? '*',
    };
    const resolved = await this.scopes.resolve(filter, scope);
    switch (groupBy) {
      case IndicatorGrouping.REGION:
        return this.byRegion(resolved, window);
      case IndicatorGrouping.AGENCY:
        return this.byAgency(resolved, window);
      case IndicatorGrouping.COMPETENCY:
        return this.byCompetency(resolved, window, lang);
      case IndicatorGrouping.GRADE:
        return this.byGrade(resolved, window, lang);
    }
  }

  /**
   * A stamp that changes whenever a number in the scope may have changed. Dashboards poll it
   * cheaply and refetch on change; it lives in the database, so it works behind any number of API
   * processes. For every region it is the rollups' sequence (any change anywhere).
   */
  async version(filter: { regionId?: string | null } | null, scope: AccessScope): Promise<string> {
    const resolved = await this.scopes.resolve(filter, scope);
    if (!resolved.regionId) {
      const [row] = await this.dataSource.query(
        `SELECT last_value::text AS v FROM indicator_version_seq`,
      );
      return row.v;
    }
    const [row] = await this.dataSource.query(
      `SELECT greatest(
         (SELECT max(version) FROM indicator_rollups WHERE region_id = $1),
         (SELECT max(version) FROM indicator_headcounts WHERE region_id = $1),
         0)::text AS v`,
      [resolved.regionId],
    );
    return row.v;
  }

  /** Counts of the whole scope as one group (the open-data export's regions use this). */
  async totals(scope: IndicatorScope, window: IndicatorWindow): Promise<IndicatorCounts> {
    const p = new SqlParams();
    const m = measures(window, p);
    const rows: CountsRow[] = await this.dataSource.query(
      `WITH ro AS (
         SELECT ${m.select} FROM indicator_rollups r
          WHERE r.grade = '*' AND r.competency = ${p.add(window.competency)} AND ${m.where}
                ${scopeConditions('r', scope, p)}),
       hc AS (
         SELECT sum(h.headcount) AS headcount FROM indicator_headcounts h
          WHERE h.grade = '*' ${scopeConditions('h', scope, p)})
       SELECT '' AS key, ${COUNT_COLUMNS} FROM hc CROSS JOIN ro`,
      p.values,
    );
    return counts(rows[0]);
  }

  private async byRegion(scope: IndicatorScope, w: IndicatorWindow): Promise<IndicatorRow[]> {
    const p = new SqlParams();
    const m = measures(w, p);
    const rows: CountsRow[] = await this.dataSource.query(
      `WITH ro AS (
         SELECT r.region_id AS key, ${m.select} FROM indicator_rollups r
          WHERE r.grade = '*' AND r.competency = ${p.add(w.competency)} AND ${m.where}
                ${scopeConditions('r', scope, p)}
          GROUP BY r.region_id),
       hc AS (
         SELECT h.region_id AS key, sum(h.headcount) AS headcount FROM indicator_headcounts h
          WHERE h.grade = '*' ${scopeConditions('h', scope, p)}
          GROUP BY h.region_id)
       SELECT g.id AS key, g.name AS label, ${COUNT_COLUMNS}
         FROM regions g LEFT JOIN hc ON hc.key = g.id LEFT JOIN ro ON ro.key = g.id
        WHERE ${scope.regionId ? `g.id = ${p.add(scope.regionId)}` : 'true'}
        ORDER BY g.code`,
      p.values,
    );
    return rows.map((r) => toIndicatorRow(r.key, r.label ?? '', counts(r)));
  }

  /** An employee counts in the agency they belong to directly (contract.md). */
  private async byAgency(scope: IndicatorScope, w: IndicatorWindow): Promise<IndicatorRow[]> {
    const p = new SqlParams();
    const m = measures(w, p);
    const rows: CountsRow[] = await this.dataSource.query(
      `WITH ro AS (
         SELECT r.agency_id AS key, ${m.select} FROM indicator_rollups r
          WHERE r.grade = '*' AND r.competency = ${p.add(w.competency)} AND ${m.where}
                ${scopeConditions('r', scope, p)}
          GROUP BY r.agency_id),
       hc AS (
         SELECT h.agency_id AS key, h.headcount FROM indicator_headcounts h
          WHERE h.grade = '*' ${scopeConditions('h', scope, p)})
       SELECT a.id AS key, a.name AS label, ${COUNT_COLUMNS}
         FROM agencies a LEFT JOIN hc ON hc.key = a.id LEFT JOIN ro ON ro.key = a.id
        WHERE true ${agencyScopeConditions('a', scope, p)}
        ORDER BY a.code`,
      p.values,
    );
    return rows.map((r) => toIndicatorRow(r.key, r.label ?? '', counts(r)));
  }

  /** Every row counts the whole headcount in scope and only its competency's records. */
  private async byCompetency(
    scope: IndicatorScope,
    w: IndicatorWindow,
    lang: Lang,
  ): Promise<IndicatorRow[]> {
    const keys = w.competency === '*' ? [...COMPETENCY_TYPES] : [w.competency];
    const p = new SqlParams();
    const m = measures(w, p);
    const rows: CountsRow[] = await this.dataSource.query(
      `WITH ro AS (
         SELECT r.competency AS key, ${m.select} FROM indicator_rollups r
          WHERE r.grade = '*' AND r.competency = ANY (${p.add(keys)}::text[]) AND ${m.where}
                ${scopeConditions('r', scope, p)}
          GROUP BY r.competency),
       hc AS (
         SELECT sum(h.headcount) AS headcount FROM indicator_headcounts h
          WHERE h.grade = '*' ${scopeConditions('h', scope, p)})
       SELECT c.key, ${COUNT_COLUMNS}
         FROM unnest(${p.add(keys)}::text[]) WITH ORDINALITY AS c(key, ord)
        CROSS JOIN hc LEFT JOIN ro ON ro.key = c.key
        ORDER BY c.ord`,
      p.values,
    );
    return rows.map((r) =>
      toIndicatorRow(r.key, competencyLabel(r.key as CompetencyType, lang), counts(r)),
    );
  }

  private async byGrade(
    scope: IndicatorScope,
    w: IndicatorWindow,
    lang: Lang,
  ): Promise<IndicatorRow[]> {
    const p = new SqlParams();
    const m = measures(w, p);
    const rows: CountsRow[] = await this.dataSource.query(
      `WITH ro AS (
         SELECT r.grade AS key, ${m.select} FROM indicator_rollups r
          WHERE r.grade <> '*' AND r.competency = ${p.add(w.competency)} AND ${m.where}
                ${scopeConditions('r', scope, p)}
          GROUP BY r.grade),
       hc AS (
         SELECT h.grade AS key, sum(h.headcount) AS headcount FROM indicator_headcounts h
          WHERE h.grade <> '*' ${scopeConditions('h', scope, p)}
          GROUP BY h.grade)
       SELECT hc.key, ${COUNT_COLUMNS}
         FROM hc LEFT JOIN ro ON ro.key = hc.key
        WHERE hc.headcount > 0`,
      p.values,
    );
    return rows
      .sort((a, b) => gradeOrder(a.key, b.key))
      .map((r) =>
        toIndicatorRow(r.key, isKnownGrade(r.key) ? gradeLabel(r.key, lang) : r.key, counts(r)),
      );
  }
}

/** Grades from I/a up (PPPK beside their PNS step); anything unknown after them, by name. */
function gradeOrder(a: string, b: string): number {
  const known = (g: string) => (isKnownGrade(g) ? 0 : 1);
  if (known(a) !== known(b)) return known(a) - known(b);
  if (isKnownGrade(a) && isKnownGrade(b)) return compareGrades(a, b);
  return a.localeCompare(b);
}
