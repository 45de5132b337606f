import { pickOne, pickWeighted, type Rng } from '../util/random';

/** Degrees common among civil servants, written as Indonesian usage abbreviates them. */
export const ACADEMIC_TITLES = Object.freeze({
  diploma: Object.freeze(['A.Md.', 'A.Md.Kep.', 'A.Md.Keb.']),
  bachelor: Object.freeze([
    'S.Kom.',
    'S.E.',
    'S.H.',
    'S.Pd.',
    'S.Sos.',
    'S.T.',
    'S.Si.',
    'S.IP.',
    'S.Kep.',
    'S.AP.',
    'S.Ak.',
  ]),
  master: Object.freeze(['M.Si.', 'M.M.', 'M.Pd.', 'M.Kom.', 'M.AP.', 'M.H.', 'M.T.', 'M.Ak.']),
  doctorPrefix: 'Dr.',
});

/** Relative frequency of the highest degree among titled employees. */
const DEGREE_WEIGHTS = { diploma: 10, bachelor: 55, master: 30, doctor: 5 } as const;

/**
 * Adds degrees the Indonesian way: a doctorate before the name, the others after it, each
 * after a comma (`Dr. Budi Santoso, S.E., M.Si.`).
 */
export function withRandomAcademicTitles(rng: Rng, name: string): string {
  const level = pickWeighted(rng, DEGREE_WEIGHTS);
  if (level === 'diploma') {
    return `${name}, ${pickOne(rng, ACADEMIC_TITLES.diploma)}`;
  }
  const suffixes = [pickOne(rng, ACADEMIC_TITLES.bachelor)];
  if (level !== 'bachelor') {
    suffixes.push(pickOne(rng, ACADEMIC_TITLES.master));
  }
  const prefix = level === 'doctor' ? `${ACADEMIC_TITLES.doctorPrefix} ` : '';
  return `${prefix}${name}, ${suffixes.join(', ')}`;
}
