import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field({ description: 'Username, e-mail address or NIP' })
  @IsString()
  @Length(1, 254)
  username!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  password!: string;
}
