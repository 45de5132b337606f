import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class ImportError {
  /** Line of the file, the header being line 1. */
  @Field(() => Int)
  line!: number;

  @Field(() => String, { nullable: true })
  field!: string | null;

  @Field()
  message!: string;
}

@ObjectType()
export class ImportResult {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => [ImportError], { description: 'At most 1,000 errors; `rejected` counts them all' })
  errors!: ImportError[];
}

export const MAX_REPORTED_IMPORT_ERRORS = 1000;
