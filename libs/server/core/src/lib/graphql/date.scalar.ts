import { CustomScalar, Scalar } from '@nestjs/graphql';
import { GraphQLError, Kind, ValueNode } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError('Date must be a real calendar date written YYYY-MM-DD', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A calendar date without time or zone, as contract.md defines `Date`; kept as its ISO string. */
@Scalar('Date', () => DateScalarType)
export class DateScalar implements CustomScalar<string, string> {
  description = 'A calendar date, ISO 8601 YYYY-MM-DD';

  parseValue(value: unknown): string {
    return parse(value);
  }

  serialize(value: unknown): string {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return String(value).slice(0, 10);
  }

  parseLiteral(ast: ValueNode): string {
    return parse(ast.kind === Kind.STRING ? ast.value : undefined);
  }
}

/** Marker type so `@Field(() => DateScalarType)` reads naturally in DTOs. */
export class DateScalarType {}
