import { Role } from '@lms/shared/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

@InputType()
export class CreateUserInput {
  @Field()
  @IsString()
  @Matches(/^[a-zA-Z0-9][a-zA-Z0-9._-]{2,99}$/, {
    message: 'must be 3 to 100 letters, digits, dots, dashes or underscores',
  })
  username!: string;

  @Field()
  @IsString()
  @Length(8, 200, { message: 'must be 8 to 200 characters long' })
  password!: string;

  @Field(() => [String], { description: 'ADMIN ORGANIZER INSTRUCTOR HR_ANALYST LEARNER' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsIn(Object.values(Role), {
    each: true,
    message: 'each role must be one of ' + Object.values(Role).join(', '),
  })
  roles!: Role[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The scope of an HR_ANALYST, ORGANIZER or INSTRUCTOR',
  })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;

  @Field(() => String, { nullable: true, description: 'The employee a LEARNER is' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  employeeNip?: string | null;
}
