import { Field, Int, ObjectType } from '@nestjs/graphql';

import { CsvExport } from './csv-writer';

/** Satu Data Indonesia: the indicator table of a year per region, and its metadata. */
@ObjectType()
export class OpenDataPackage {
  @Field(() => Int)
  year!: number;

  @Field(() => CsvExport)
  data!: CsvExport;

  @Field()
  metadataFilename!: string;

  @Field({ description: 'The metadata document as JSON text (UTF-8)' })
  metadataJson!: string;
}
