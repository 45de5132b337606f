import { createRng, isGrade, isPppkGrade, parseNip } from '@lms/shared/domain';

import { draftPerson } from './demo-population';

describe('draftPerson', () => {
  it('drafts distinct people with valid NIPs, matching genders and fitting grades', () => {
    const rng = createRng(7);
    const used = new Set<string>();
    const today = new Date('2026-11-28T00:00:00Z');
    const people = Array.from({ length: 500 }, () => draftPerson(rng, used, today));
    expect(new Set(people.map((p) => p.nip)).size).toBe(500);
    for (const p of people) {
      const nip = parseNip(p.nip, today);
      expect(nip.valid).toBe(true);
      expect(nip.employmentType === 'PPPK' ? isPppkGrade(p.grade) : isGrade(p.grade)).toBe(true);
      if (nip.employmentType === 'PPPK')
        expect(['FUNGSIONAL', 'PELAKSANA']).toContain(p.positionType);
    }
    expect(people.some((p) => parseNip(p.nip, today).employmentType === 'PPPK')).toBe(true);
  });
});
