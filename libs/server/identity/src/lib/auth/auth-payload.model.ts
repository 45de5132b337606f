import { Field, ObjectType } from '@nestjs/graphql';

import { User } from '../users/user.entity';

@ObjectType()
export class AuthPayload {
  @Field({
    description: 'Send as `Authorization: Bearer <accessToken>`; expires after ACCESS_TOKEN_TTL',
  })
  accessToken!: string;

  @Field(() => User)
  user!: User;
}
