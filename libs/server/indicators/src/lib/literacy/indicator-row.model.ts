import { IndicatorGrouping } from '@lms/shared/domain';
import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(IndicatorGrouping, { name: 'IndicatorGrouping' });

/** One group of contract.md's "Indicator definitions". */
@ObjectType()
export class IndicatorRow {
  @Field({ description: 'Region or agency id, competency value, or grade (e.g. III/a)' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => Int, { description: 'Active employees in the group' })
  headcount!: number;

  @Field(() => Int)
  trainedCount!: number;

  @Field(() => Int)
  certifiedCount!: number;

  @Field(() => Int, { description: 'Trained or certified (or both): literacyRate × headcount' })
  literateCount!: number;

  @Field(() => Float)
  literacyRate!: number;

  @Field(() => Float)
  totalJp!: number;

  @Field(() => Int)
  jpCompliantCount!: number;

  @Field(() => Float)
  jpComplianceRate!: number;
}

/** What the rollup queries return for a group before labels and rates. */
export interface IndicatorCounts {
  headcount: number;
  trained: number;
  certified: number;
  literate: number;
  totalJp: number;
  jpCompliant: number;
}

export function toIndicatorRow(key: string, label: string, c: IndicatorCounts): IndicatorRow {
  const rate = (n: number) => (c.headcount > 0 ? n / c.headcount : 0);
  return {
    key,
    label,
    headcount: c.headcount,
    trainedCount: c.trained,
    certifiedCount: c.certified,
    literateCount: c.literate,
    literacyRate: rate(c.literate),
    totalJp: Math.round(c.totalJp * 100) / 100,
    jpCompliantCount: c.jpCompliant,
    jpComplianceRate: rate(c.jpCompliant),
  };
}
