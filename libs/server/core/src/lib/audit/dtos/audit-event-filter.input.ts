import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

@InputType({ description: 'Every field narrows the list; leave a field out to keep everything' })
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: 'e.g. createUser, login, loginFailed' })
  @IsOptional()
  @Matches(/^[a-z][A-Za-z0-9]{0,63}$/, { message: 'must be an operation name such as createUser' })
  action?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. Region, User, Employee' })
  @IsOptional()
  @Matches(/^[A-Z][A-Za-z0-9]{0,63}$/, { message: 'must be a type name such as Employee' })
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this instant on' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Up to this instant' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}
