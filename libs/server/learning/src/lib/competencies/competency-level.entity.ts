import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The five proficiency levels: 1 Paham, 2 Dasar, 3 Menengah, 4 Mumpuni, 5 Ahli. */
@ObjectType()
@Entity('competency_levels')
export class CompetencyLevel {
  @Field(() => Int)
  @PrimaryColumn('smallint')
  level!: number;

  @Field({ description: 'Bahasa Indonesia name, e.g. Mumpuni' })
  @Column()
  name!: string;

  @Field({ description: 'English name beside it' })
  @Column()
  nameEn!: string;

  @Field()
  @Column('text')
  description!: string;
}
