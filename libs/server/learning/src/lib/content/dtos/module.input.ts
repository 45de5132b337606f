import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Length, Min } from 'class-validator';

@InputType()
export class ModuleInput {
  @Field()
  @IsString()
  @Length(2, 200)
  title!: string;

  @Field(() => Int, { nullable: true, description: '0-based; default: after the last module' })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number | null;
}
