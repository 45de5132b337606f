import {
  chance,
  Gender,
  parseNip,
  pickOne,
  pickWeighted,
  PNS_GRADES,
  PositionType,
  PPPK_GRADES,
  randomIndonesianName,
  randomInt,
  randomValidNip,
  Rng,
} from '@lms/shared/domain';

import { DEMO_POSITIONS } from './demo-catalog';

export interface PersonDraft {
  nip: string;
  fullName: string;
  grade: string;
  positionTitle: string;
  positionType: PositionType;
}

/** Grades a position type usually holds (a Kepala Dinas is not II/a). */
const PNS_GRADE_RANGE: Record<PositionType, [string, string]> = {
  JPT: ['IV/c', 'IV/e'],
  ADMINISTRATOR: ['IV/a', 'IV/b'],
  PENGAWAS: ['III/c', 'III/d'],
  FUNGSIONAL: ['III/a', 'IV/a'],
  PELAKSANA: ['II/a', 'III/b'],
};

function gradeFor(rng: Rng, type: PositionType, pppk: boolean): string {
  if (pppk) return pickOne(rng, PPPK_GRADES.slice(4, 11));
  const [from, to] = PNS_GRADE_RANGE[type];
  const grades = PNS_GRADES as readonly string[];
  return grades[randomInt(rng, grades.indexOf(from), grades.indexOf(to))];
}

/** A plausible civil servant: a valid NIP, a name matching its gender digit, a fitting grade. */
export function draftPerson(rng: Rng, usedNips: Set<string>, today = new Date()): PersonDraft {
  let nip = randomValidNip(rng, today, { pppkRate: 0.12 });
  while (usedNips.has(nip)) nip = randomValidNip(rng, today, { pppkRate: 0.12 });
  usedNips.add(nip);
  const info = parseNip(nip, today);
  const weights = Object.fromEntries(DEMO_POSITIONS.map((p) => [p.type, p.weight])) as Record<
    PositionType,
    number
  >;
  const pppk = info.employmentType === 'PPPK';
  // PPPK are appointed to functional and operational posts, never to structural ones.
  const type = pppk
    ? chance(rng, 0.7)
      ? PositionType.FUNGSIONAL
      : PositionType.PELAKSANA
    : pickWeighted(rng, weights);
  const titles = DEMO_POSITIONS.find((p) => p.type === type)?.titles ?? ['Pelaksana'];
  return {
    nip,
    fullName: randomIndonesianName(rng, info.gender === 'FEMALE' ? Gender.FEMALE : Gender.MALE),
    grade: gradeFor(rng, type, pppk),
    positionTitle: pickOne(rng, titles),
    positionType: type,
  };
}
