import type { RosterEnrollmentFragment } from '@lms/web/core';

import { groupRoster, parseNips, rosterFileName } from './roster-model';

function enrollment(id: string, status: string, waitlistPosition: number | null = null) {
  return { id, status, waitlistPosition } as RosterEnrollmentFragment;
}

describe('roster model', () => {
  it('groups requests, seats, the waitlist in promotion order and the closed ones', () => {
    const groups = groupRoster([
      enrollment('a', 'CONFIRMED'),
      enrollment('w2', 'WAITLISTED', 2),
      enrollment('p', 'PENDING_APPROVAL'),
      enrollment('w1', 'WAITLISTED', 1),
      enrollment('c', 'CANCELLED'),
      enrollment('done', 'COMPLETED'),
      enrollment('r', 'REJECTED'),
      enrollment('nc', 'NOT_COMPLETED'),
    ]);
    expect(groups.pending.map((e) => e.id)).toEqual(['p']);
    expect(groups.seated.map((e) => e.id)).toEqual(['a', 'done', 'nc']);
    expect(groups.waitlisted.map((e) => e.id)).toEqual(['w1', 'w2']);
    expect(groups.closed.map((e) => e.id)).toEqual(['c', 'r']);
  });

  it('reads NIPs one per line or comma separated, keeping those written with spaces whole', () => {
    expect(
      parseNips('19850315 201001 1 001\n198603202011012002, 198701012012011003;\n\n  '),
    ).toEqual(['198503152010011001', '198603202011012002', '198701012012011003']);
    expect(parseNips('')).toEqual([]);
  });

  it('names the CSV after the class without characters a file system may refuse', () => {
    expect(rosterFileName('Bimtek SPBE: Angkatan I/2026')).toBe(
      'peserta-bimtek-spbe-angkatan-i-2026.csv',
    );
    expect(rosterFileName('Pelatihan Tata Naskah Dinas Élektronik')).toBe(
      'peserta-pelatihan-tata-naskah-dinas-elektronik.csv',
    );
    expect(rosterFileName('***')).toBe('peserta-bimtek.csv');
  });
});
