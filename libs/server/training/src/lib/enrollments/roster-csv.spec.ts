import { csvCell, rosterCsv } from './roster-csv';

describe('roster CSV', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Rina, S.Kom.')).toBe('"Rina, S.Kom."');
    expect(csvCell('Dinas "Kominfo"')).toBe('"Dinas ""Kominfo"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+62 812')).toBe("'+62 812");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes a header and one numbered line per enrollment', () => {
    const csv = rosterCsv([
      {
        nip: '198503152010011001',
        fullName: 'Siti Rahmawati',
        agencyCode: 'BWI-KOMINFO',
        agencyName: 'Dinas Kominfo',
        status: 'WAITLISTED',
        waitlistPosition: 1,
        source: 'ORGANIZER',
        enrolledAt: new Date('2026-05-04T01:02:03Z'),
        attendedDays: 0,
        classDays: 3,
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'no,nip,full_name,agency_code,agency_name,status,waitlist_position,source,enrolled_at,attended_days,class_days',
      '1,198503152010011001,Siti Rahmawati,BWI-KOMINFO,Dinas Kominfo,WAITLISTED,1,ORGANIZER,2026-05-04T01:02:03.000Z,0,3',
      '',
    ]);
  });
});
