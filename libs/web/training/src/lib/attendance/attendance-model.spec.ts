import { attendanceChanges, checkInUrl, defaultDay, presentOn } from './attendance-model';

describe('attendance sheet model', () => {
  const days = ['2026-12-01', '2026-12-02', '2026-12-03'];

  it('opens on today, else the latest day gone by, else the first day', () => {
    expect(defaultDay(days, '2026-12-02')).toBe('2026-12-02');
    expect(defaultDay(days, '2026-12-20')).toBe('2026-12-03');
    expect(defaultDay(days, '2026-11-20')).toBe('2026-12-01');
    expect(defaultDay([], '2026-11-20')).toBeNull();
  });

  it('sends only the changes: new ticks as present, removed ticks as absent', () => {
    const people = [
      { id: 'e1', nip: '1' },
      { id: 'e2', nip: '2' },
      { id: 'e3', nip: '3' },
      { id: 'e4', nip: '4' },
    ];
    const before = presentOn({
      date: days[0],
      attendance: [
        { enrollmentId: 'e1', present: true },
        { enrollmentId: 'e2', present: true },
        { enrollmentId: 'e3', present: false },
      ],
    });
    expect([...before]).toEqual(['e1', 'e2']);
    expect(attendanceChanges(people, before, new Set(['e1', 'e3', 'e4']))).toEqual({
      present: ['3', '4'],
      absent: ['2'],
    });
    expect(attendanceChanges(people, before, before)).toEqual({ present: [], absent: [] });
  });

  it("points the QR code at the learner's page with the day's code", () => {
    expect(checkInUrl('https://lms.example.go.id', 't-1', 'AB 12')).toBe(
      'https://lms.example.go.id/jadwal-bimtek/t-1?kode=AB%2012',
    );
  });
});
