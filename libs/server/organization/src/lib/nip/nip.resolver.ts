import { GraphqlContext, InvalidInputError } from '@lms/server/core';
import { describeNipErrors, parseNip, resolveLang } from '@lms/shared/domain';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';

import { NipInfo } from './nip-info.model';

@Resolver(() => NipInfo)
export class NipResolver {
  @Query(() => NipInfo, {
    description: 'Explains a NIP: what it encodes and everything wrong with it',
  })
  nipInfo(@Args('nip') nip: string, @Context() ctx: GraphqlContext): NipInfo {
    if (nip.length > 100) throw new InvalidInputError('nip', 'nip: must be at most 100 characters');
    const analysis = parseNip(nip);
    return {
      valid: analysis.valid,
      errors: describeNipErrors(analysis, resolveLang(ctx.req.headers['accept-language'])),
      birthDate: analysis.birthDate ?? null,
      appointmentMonth: analysis.appointmentMonth ?? null,
      gender: analysis.gender ?? null,
      sequence: analysis.sequence ?? null,
      employmentType: analysis.employmentType ?? null,
    };
  }
}
