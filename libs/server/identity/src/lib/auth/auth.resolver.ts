import { AuthUser, CurrentUser, GraphqlContext, Public, RateLimited } from '@lms/server/core';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { User } from '../users/user.entity';
import { UserService } from '../users/user.service';
import { AuthPayload } from './auth-payload.model';
import { LoginArgs } from './login.args';
import { LoginService } from './login.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly login: LoginService,
    private readonly users: UserService,
  ) {}

  @Public()
  @RateLimited()
  @Mutation(() => AuthPayload, { name: 'login' })
  signIn(@Args() args: LoginArgs, @Context() ctx: GraphqlContext): Promise<AuthPayload> {
    return this.login.login(args.username, args.password, ctx.req.ip ?? 'unknown');
  }

  @Query(() => User)
  me(@CurrentUser() user: AuthUser): Promise<User> {
    return this.users.get(user.id);
  }
}
