import { createRng } from '../util/random';
import { parseNip } from './parse-nip';
import { randomValidNip } from './random-nip';

const TODAY = new Date(2024, 5, 15);

function ageInMonths(birthDate: string, appointmentMonth: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ay, am] = appointmentMonth.split('-').map(Number);
  // TMT is the first of the month: a month is only complete once its birth day has passed.
  return (ay - by) * 12 + (am - bm) - (bd > 1 ? 1 : 0);
}

describe('randomValidNip', () => {
  it('is deterministic for a seed', () => {
    const a = createRng(2024);
    const b = createRng(2024);
    const first = Array.from({ length: 20 }, () => randomValidNip(a, TODAY));
    const second = Array.from({ length: 20 }, () => randomValidNip(b, TODAY));
    expect(first).toEqual(second);
    expect(new Set(first).size).toBeGreaterThan(15);
  });

  it('produces only valid, plausible PNS numbers by default', () => {
    const rng = createRng(1);
    const genders = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const nip = randomValidNip(rng, TODAY);
      const analysis = parseNip(nip, TODAY);
      expect(analysis.errors).toEqual([]);
      expect(analysis.employmentType).toBe('PNS');
      const birthYear = Number(analysis.birthDate?.slice(0, 4));
      expect(birthYear).toBeGreaterThanOrEqual(1965);
      expect(birthYear).toBeLessThanOrEqual(2000);
      const months = ageInMonths(analysis.birthDate ?? '', analysis.appointmentMonth ?? '');
      expect(months).toBeGreaterThanOrEqual(20 * 12);
      expect(months).toBeLessThanOrEqual(35 * 12);
      expect(analysis.sequence).toBeGreaterThanOrEqual(1);
      expect(analysis.sequence).toBeLessThanOrEqual(400);
      genders.add(analysis.gender ?? '');
    }
    expect([...genders].sort()).toEqual(['FEMALE', 'MALE']);
  });

  it('mixes in PPPK numbers appointed from 2019 at the requested rate', () => {
    const rng = createRng(99);
    let pppk = 0;
    for (let i = 0; i < 2000; i++) {
      const analysis = parseNip(randomValidNip(rng, TODAY, { pppkRate: 0.3 }), TODAY);
      expect(analysis.valid).toBe(true);
      if (analysis.employmentType === 'PPPK') {
        pppk++;
        expect(Number(analysis.appointmentMonth)).toBeGreaterThanOrEqual(2019);
        expect(Number(analysis.appointmentMonth)).toBeLessThanOrEqual(2024);
      }
    }
    expect(pppk / 2000).toBeGreaterThan(0.25);
    expect(pppk / 2000).toBeLessThan(0.35);
  });

  it('never appoints after an early today', () => {
    const today = new Date(1990, 0, 10);
    const rng = createRng(5);
    for (let i = 0; i < 500; i++) {
      const analysis = parseNip(randomValidNip(rng, today, { pppkRate: 1 }), today);
      expect(analysis.errors).toEqual([]);
      expect(analysis.birthDate).toMatch(/^1965-|^1966-|^1967-|^1968-|^1969-/);
      // No PPPK existed yet, so every number falls back to PNS.
      expect(analysis.employmentType).toBe('PNS');
    }
  });

  it('refuses a today before any plausible appointment', () => {
    expect(() => randomValidNip(createRng(1), new Date(1985, 0, 1))).toThrow(RangeError);
  });

  it('uses the current date by default', () => {
    const nip = randomValidNip(createRng(3));
    expect(parseNip(nip).valid).toBe(true);
  });
});
