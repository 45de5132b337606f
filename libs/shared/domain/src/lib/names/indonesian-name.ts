import { Gender } from '../enums/gender.enum';
import { chance, pickOne, pickWeighted, type Rng } from '../util/random';
import { withRandomAcademicTitles } from './academic-titles';
import {
  BALINESE_BIRTH_ORDER,
  NAMING_TRADITIONS,
  type NamingTradition,
  type NamingTraditionName,
} from './indonesian-name-lists';

export interface RandomNameOptions {
  /** Share of names carrying academic titles (0..1). Default 0.25. */
  titleRate?: number;
  /** Force one naming tradition instead of drawing one by population share. */
  tradition?: NamingTraditionName;
}

const TRADITION_WEIGHTS = Object.fromEntries(
  Object.entries(NAMING_TRADITIONS).map(([name, tradition]) => [name, tradition.weight]),
) as Record<NamingTraditionName, number>;

/** Bugis and Makassar nobility use the title Andi before the given name. */
const ANDI_RATE = 0.12;
/** Many Indonesians carry two given names (`Sri Wahyuni`, `Muhammad Rizal`). */
const DOUBLE_GIVEN_NAME_RATE = 0.3;

/**
 * A realistic full name: a naming tradition drawn by population share, then given name(s) and
 * second or family name as that tradition forms them (`Budi Santoso`, `Togar Siregar`,
 * `Ni Made Suartini`), with academic titles at `titleRate`. Names with titles contain commas,
 * so quote them in CSV. Deterministic for a seeded `rng`.
 */
export function randomIndonesianName(
  rng: Rng,
  gender: Gender,
  options: RandomNameOptions = {},
): string {
  const traditionName = options.tradition ?? pickWeighted(rng, TRADITION_WEIGHTS);
  const tradition: NamingTradition = NAMING_TRADITIONS[traditionName];
  const male = gender === Gender.MALE;
  const givenNames = male ? tradition.male : tradition.female;

  const parts: string[] = [];
  if (traditionName === 'balinese') {
    parts.push(
      male ? 'I' : 'Ni',
      pickOne(rng, male ? BALINESE_BIRTH_ORDER.male : BALINESE_BIRTH_ORDER.female),
    );
  } else if (traditionName === 'bugis' && chance(rng, ANDI_RATE)) {
    parts.push('Andi');
  }
  const first = pickOne(rng, givenNames);
  parts.push(first);

  const secondNames = [
    ...tradition.familyNames,
    ...(male ? tradition.maleSecondNames : tradition.femaleSecondNames),
  ];
  const wantsSecondGiven = chance(rng, DOUBLE_GIVEN_NAME_RATE);
  if (secondNames.length > 0 && chance(rng, tradition.secondNameRate)) {
    if (wantsSecondGiven) {
      parts.push(pickDifferent(rng, givenNames, parts));
    }
    parts.push(pickDifferent(rng, secondNames, parts));
  } else if (traditionName !== 'balinese' || wantsSecondGiven) {
    // A lone given name looks truncated in an HR list; Balinese names are complete with the
    // birth-order name.
    parts.push(pickDifferent(rng, givenNames, parts));
  }

  const name = parts.join(' ');
  return chance(rng, options.titleRate ?? 0.25) ? withRandomAcademicTitles(rng, name) : name;
}

/** A name not already in the full name (no `Dwi Dwi`), if the list allows it. */
function pickDifferent(rng: Rng, names: readonly string[], taken: readonly string[]): string {
  const free = names.filter((name) => !taken.includes(name));
  return pickOne(rng, free.length > 0 ? free : names);
}
