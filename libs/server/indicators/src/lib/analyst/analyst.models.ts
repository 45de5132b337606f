import { CompetencyType, LearningRecord, LearningSource } from '@lms/server/learning';
import { Agency, Employee } from '@lms/server/organization';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class JpBySource {
  @Field(() => LearningSource)
  source!: LearningSource;

  @Field(() => Int)
  records!: number;

  @Field(() => Float)
  jp!: number;
}

/** An employee's JP ledger for one year, for an analyst. */
@ObjectType()
export class EmployeeJpLedger {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  totalJp!: number;

  @Field(() => Float, { description: 'JP owed per year (20)' })
  obligation!: number;

  @Field(() => Float, { description: 'JP still missing this year; 0 once met' })
  shortfall!: number;

  @Field()
  compliant!: boolean;

  @Field(() => [JpBySource])
  bySource!: JpBySource[];

  @Field(() => [LearningRecord], {
    description: 'Every record of the year with its source, newest first',
  })
  records!: LearningRecord[];
}

@ObjectType()
export class JpShortfallRow {
  @Field(() => Employee)
  employee!: Employee;

  @Field(() => Agency, { description: 'The agency the employee belongs to directly' })
  agency!: Agency;

  @Field(() => Float)
  totalJp!: number;

  @Field(() => Float, { description: '20 minus totalJp' })
  shortfall!: number;
}

/** Active employees of one agency by the highest course level completed in a competency. */
@ObjectType()
export class CompetencyLevelRow {
  @Field(() => ID)
  agencyId!: string;

  @Field()
  agencyCode!: string;

  @Field()
  agencyName!: string;

  @Field(() => CompetencyType)
  competency!: CompetencyType;

  @Field(() => Int)
  headcount!: number;

  @Field(() => Int, { description: 'No completed course with a level in this competency' })
  withoutLevel!: number;

  @Field(() => Int, { description: 'Highest level 1 (Paham)' })
  level1!: number;

  @Field(() => Int, { description: 'Highest level 2 (Dasar)' })
  level2!: number;

  @Field(() => Int, { description: 'Highest level 3 (Menengah)' })
  level3!: number;

  @Field(() => Int, { description: 'Highest level 4 (Mumpuni)' })
  level4!: number;

  @Field(() => Int, { description: 'Highest level 5 (Ahli)' })
  level5!: number;
}

/** One month of a year for the active employees in scope. */
@ObjectType()
export class MonthlyTrendPoint {
  @Field(() => Int, { description: '1 to 12' })
  month!: number;

  @Field({ description: 'YYYY-MM' })
  period!: string;

  @Field(() => Int)
  headcount!: number;

  @Field(() => Int, { description: 'Employees with a digital record completed in the month' })
  trainedCount!: number;

  @Field(() => Int, { description: 'Employees with any record completed in the month' })
  learnerCount!: number;

  @Field(() => Float, { description: 'JP of the records completed in the month' })
  totalJp!: number;

  @Field(() => Float)
  cumulativeJp!: number;

  @Field(() => Int, { description: 'Employees with a digital record from January to this month' })
  cumulativeTrainedCount!: number;

  @Field(() => Int, { description: 'Employees whose JP from January to this month reach 20' })
  cumulativeCompliantCount!: number;

  @Field(() => Float)
  cumulativeComplianceRate!: number;
}
