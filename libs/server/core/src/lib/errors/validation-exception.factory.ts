import type { ValidationError } from 'class-validator';

import { InvalidInputError } from './domain-error';

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** class-validator failures become BAD_USER_INPUT naming the first offending field. */
export function validationExceptionFactory(errors: ValidationError[]): InvalidInputError {
  const all = flatten(errors);
  const first = all[0] ?? { field: 'input', message: 'is invalid' };
  return new InvalidInputError(first.field, `${first.field}: ${first.message}`);
}
