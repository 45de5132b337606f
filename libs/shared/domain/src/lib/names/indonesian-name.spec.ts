import { createRng } from '../util/random';
import { ACADEMIC_TITLES, withRandomAcademicTitles } from './academic-titles';
import { randomIndonesianName } from './indonesian-name';
import {
  FAMILY_NAMES,
  FEMALE_GIVEN_NAMES,
  MALE_GIVEN_NAMES,
  NAMING_TRADITIONS,
  type NamingTraditionName,
} from './indonesian-name-lists';

const ALL_TITLES: string[] = [
  ...ACADEMIC_TITLES.diploma,
  ...ACADEMIC_TITLES.bachelor,
  ...ACADEMIC_TITLES.master,
];

/** Splits `Dr. Budi Santoso, S.E., M.Si.` into the name and its titles. */
function splitTitles(full: string): { name: string; prefix?: string; suffixes: string[] } {
  const [nameWithPrefix, ...suffixes] = full.split(', ');
  const prefix = nameWithPrefix.startsWith('Dr. ') ? 'Dr.' : undefined;
  return { name: prefix ? nameWithPrefix.slice(4) : nameWithPrefix, prefix, suffixes };
}

describe('name lists', () => {
  it('are large enough and free of duplicates', () => {
    expect(MALE_GIVEN_NAMES.length).toBeGreaterThanOrEqual(80);
    expect(FEMALE_GIVEN_NAMES.length).toBeGreaterThanOrEqual(80);
    expect(FAMILY_NAMES.length).toBeGreaterThanOrEqual(80);
    for (const list of [MALE_GIVEN_NAMES, FEMALE_GIVEN_NAMES, FAMILY_NAMES]) {
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('hold single capitalised words', () => {
    for (const name of [...MALE_GIVEN_NAMES, ...FEMALE_GIVEN_NAMES, ...FAMILY_NAMES]) {
      expect(name).toMatch(/^[A-Z][a-z]+$/);
    }
  });

  it('cover the major traditions', () => {
    expect(Object.keys(NAMING_TRADITIONS)).toEqual(
      expect.arrayContaining(['javanese', 'sundanese', 'batak', 'minang', 'bugis', 'balinese']),
    );
    for (const tradition of Object.values(NAMING_TRADITIONS)) {
      expect(tradition.male.length).toBeGreaterThan(5);
      expect(tradition.female.length).toBeGreaterThan(5);
    }
  });
});

describe('randomIndonesianName', () => {
  it('is deterministic for a seed', () => {
    const a = createRng(77);
    const b = createRng(77);
    const names = (rng: () => number) =>
      Array.from({ length: 30 }, (_, i) => randomIndonesianName(rng, i % 2 ? 'MALE' : 'FEMALE'));
    expect(names(a)).toEqual(names(b));
  });

  it('builds names from the lists of the right gender, with at least two words', () => {
    const rng = createRng(2);
    const male = new Set<string>(MALE_GIVEN_NAMES);
    const female = new Set<string>(FEMALE_GIVEN_NAMES);
    const family = new Set<string>(FAMILY_NAMES);
    const distinct = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const gender = i % 2 ? 'MALE' : 'FEMALE';
      const full = randomIndonesianName(rng, gender, { titleRate: 0 });
      distinct.add(full);
      const words = full.split(' ');
      expect(words.length).toBeGreaterThanOrEqual(2);
      expect(words.length).toBeLessThanOrEqual(5);
      const given = gender === 'MALE' ? male : female;
      const prefixes = gender === 'MALE' ? ['I', 'Andi'] : ['Ni', 'Andi'];
      const core = words.filter((w, index) => !(index === 0 && prefixes.includes(w)));
      const birthOrder = /^(Wayan|Putu|Gede|Made|Kadek|Nyoman|Komang|Ketut|Luh)$/;
      // After any prefix comes a given name of the right gender or a Balinese birth-order name…
      expect(given.has(core[0]) || birthOrder.test(core[0])).toBe(true);
      // …and every word comes from the lists.
      for (const word of core) {
        expect(given.has(word) || family.has(word) || birthOrder.test(word)).toBe(true);
      }
      expect(new Set(words).size).toBe(words.length);
    }
    expect(distinct.size).toBeGreaterThan(1500);
  });

  it('gives Balinese names their I/Ni and birth-order name', () => {
    const rng = createRng(4);
    for (let i = 0; i < 50; i++) {
      expect(randomIndonesianName(rng, 'MALE', { tradition: 'balinese', titleRate: 0 })).toMatch(
        /^I (Wayan|Putu|Gede|Made|Kadek|Nyoman|Komang|Ketut) [A-Z]/,
      );
      expect(randomIndonesianName(rng, 'FEMALE', { tradition: 'balinese', titleRate: 0 })).toMatch(
        /^Ni (Luh|Putu|Made|Kadek|Nyoman|Komang|Ketut) [A-Z]/,
      );
    }
  });

  it('ends Batak names with a marga', () => {
    const rng = createRng(6);
    const marga = new Set<string>(NAMING_TRADITIONS.batak.familyNames);
    for (let i = 0; i < 50; i++) {
      const words = randomIndonesianName(rng, 'FEMALE', { tradition: 'batak', titleRate: 0 }).split(
        ' ',
      );
      expect(marga.has(words[words.length - 1])).toBe(true);
    }
  });

  it('keeps gendered second names with their gender', () => {
    const rng = createRng(8);
    const femaleOnly = new Set<string>(NAMING_TRADITIONS.javanese.femaleSecondNames);
    for (let i = 0; i < 300; i++) {
      const words = randomIndonesianName(rng, 'MALE', {
        tradition: 'javanese',
        titleRate: 0,
      }).split(' ');
      words.forEach((word) => expect(femaleOnly.has(word)).toBe(false));
    }
  });

  it('draws every tradition when none is forced', () => {
    const rng = createRng(10);
    const seen = new Set<NamingTraditionName>();
    const lookup = Object.entries(NAMING_TRADITIONS) as [
      NamingTraditionName,
      { familyNames: readonly string[] },
    ][];
    for (let i = 0; i < 3000; i++) {
      const name = randomIndonesianName(rng, 'MALE', { titleRate: 0 });
      if (name.startsWith('I ')) seen.add('balinese');
      const last = name.split(' ').at(-1) ?? '';
      for (const [tradition, { familyNames }] of lookup) {
        if (familyNames.includes(last)) seen.add(tradition);
      }
    }
    expect(seen).toEqual(
      new Set([
        'balinese',
        'batak',
        'minahasa',
        'moluccan',
        'chineseIndonesian',
        'minang',
        'bugis',
        'malay',
      ]),
    );
  });

  it('adds academic titles at about the requested rate, never by default to all', () => {
    const rng = createRng(12);
    const count = (titleRate?: number) =>
      Array.from({ length: 2000 }, () =>
        randomIndonesianName(rng, 'FEMALE', titleRate === undefined ? {} : { titleRate }),
      ).filter((name) => name.includes(', ')).length;
    expect(count(0)).toBe(0);
    expect(count(1)).toBe(2000);
    const byDefault = count();
    expect(byDefault).toBeGreaterThan(400);
    expect(byDefault).toBeLessThan(600);
  });
});

describe('withRandomAcademicTitles', () => {
  it('writes titles the Indonesian way', () => {
    const rng = createRng(14);
    const kinds = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const full = withRandomAcademicTitles(rng, 'Budi Santoso');
      const { name, prefix, suffixes } = splitTitles(full);
      expect(name).toBe('Budi Santoso');
      expect(suffixes.length).toBeGreaterThanOrEqual(1);
      expect(suffixes.length).toBeLessThanOrEqual(2);
      suffixes.forEach((suffix) => expect(ALL_TITLES).toContain(suffix));
      if (prefix) {
        expect(suffixes).toHaveLength(2);
        expect(ACADEMIC_TITLES.master).toContain(suffixes[1]);
      }
      kinds.add(
        prefix
          ? 'doctor'
          : suffixes.length === 2
            ? 'master'
            : suffixes[0].startsWith('A.Md')
              ? 'diploma'
              : 'bachelor',
      );
    }
    expect(kinds).toEqual(new Set(['diploma', 'bachelor', 'master', 'doctor']));
  });
});
