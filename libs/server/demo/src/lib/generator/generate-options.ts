/** What `npm run generate -- --employees N --completions M` asks for. */
export interface GenerateOptions {
  employees: number;
  completions: number;
  /** Seed of the random generator: the same seed on the same database gives the same data. */
  seed: number;
}

export const GENERATE_USAGE =
  'usage: generate --employees N --completions M [--seed S]   (N, M: whole numbers, e.g. 100000 and 1000000)';

/** Most a single run adds: beyond this a typo (an extra zero) is likelier than intent. */
export const GENERATE_LIMITS = Object.freeze({ employees: 2_000_000, completions: 20_000_000 });

/** Thrown for bad command-line arguments; the message is meant for the terminal. */
export class GenerateArgsError extends Error {}

function wholeNumber(flag: string, raw: string | undefined, max: number): number {
  const text = (raw ?? '').replace(/(?<=\d)[_,.](?=\d{3}(?:[_,.]|$))/g, '');
  if (!/^\d+$/.test(text) || Number(text) > max) {
    throw new GenerateArgsError(
      `${flag} must be a whole number from 0 to ${max}, got "${raw ?? ''}"\n${GENERATE_USAGE}`,
    );
  }
  return Number(text);
}

/**
 * Reads `--employees N`, `--employees=N`, `--completions M`, `--seed S`; thousands may be
 * grouped as 100_000, 100,000 or (Indonesian style) 100.000.
 */
export function parseGenerateArgs(args: readonly string[], now = Date.now()): GenerateOptions {
  const values = new Map<string, string | undefined>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new GenerateArgsError(`unexpected argument "${arg}"\n${GENERATE_USAGE}`);
    const [, name, inline] = match;
    if (!['employees', 'completions', 'seed'].includes(name)) {
      throw new GenerateArgsError(`unknown option --${name}\n${GENERATE_USAGE}`);
    }
    if (inline !== undefined) values.set(name, inline);
    else {
      values.set(name, args[i + 1]);
      i += 1;
    }
  }
  if (!values.has('employees') && !values.has('completions')) {
    throw new GenerateArgsError(`say how many to add\n${GENERATE_USAGE}`);
  }
  const employees = values.has('employees')
    ? wholeNumber('--employees', values.get('employees'), GENERATE_LIMITS.employees)
    : 0;
  const completions = values.has('completions')
    ? wholeNumber('--completions', values.get('completions'), GENERATE_LIMITS.completions)
    : 0;
  const seed = values.has('seed')
    ? wholeNumber('--seed', values.get('seed'), 2 ** 32 - 1)
    : now % 2 ** 32;
  return { employees, completions, seed };
}
