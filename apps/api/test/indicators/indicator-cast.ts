import { IndicatorWorld, TrainingRecordInput } from '../support/indicators-fixtures';

/**
 * The dates and the hand-computed cast of imported records shared by the analyst-queries-* and
 * literacy-indicators-* integration specs (literacy-indicators-world.ts draws the cast).
 */
export const Y = new Date().getFullYear();
export const Y1 = Y - 1;
export const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
export const TODAY = `${Y}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
export const thisYear = (monthDay: string) =>
  `${Y}-${monthDay}` <= TODAY ? `${Y}-${monthDay}` : TODAY;

/** Imported records, with institutions for the SIASN export. */
export function records(w: IndicatorWorld): TrainingRecordInput[] {
  const n = w.nips;
  return [
    {
      nip: n.e1,
      code: 'K-TIK-1',
      competency: 'TECHNICAL',
      digital: true,
      jp: 8,
      completedOn: thisYear('03-10'),
      certificate: 'C-1',
      institution: 'BPSDM Jawa Timur',
    },
    {
      nip: n.e1,
      code: 'K-MAN-1',
      competency: 'MANAGERIAL',
      digital: false,
      jp: 12,
      completedOn: thisYear('05-01'),
    },
    {
      nip: n.e2,
      code: 'K-TIK-2',
      competency: 'TECHNICAL',
      digital: true,
      jp: 4,
      completedOn: `${Y1}-06-01`,
    },
    {
      nip: n.e2,
      code: 'K-SOS-1',
      competency: 'SOCIO_CULTURAL',
      digital: false,
      jp: 6,
      completedOn: thisYear('02-02'),
    },
    {
      nip: n.e3,
      code: 'K-TIK-3',
      competency: 'TECHNICAL',
      digital: true,
      jp: 30,
      completedOn: thisYear('01-15'),
      certificate: 'C-5',
    },
    {
      nip: n.e4,
      code: 'K-MAN-2',
      competency: 'MANAGERIAL',
      digital: true,
      jp: 24,
      completedOn: thisYear('04-04'),
    },
    {
      nip: n.e6,
      code: 'K-TEK-9',
      competency: 'TECHNICAL',
      digital: false,
      jp: 20,
      completedOn: `${Y1}-12-31`,
      certificate: 'X-7',
    },
    {
      nip: n.e6,
      code: 'K-TIK-4',
      competency: 'TECHNICAL',
      digital: true,
      jp: 2.5,
      completedOn: thisYear('01-20'),
      certificate: 'C-8',
      institution: 'Cisco Networking Academy',
    },
    {
      nip: n.e7,
      code: 'K-TIK-5',
      competency: 'TECHNICAL',
      digital: true,
      jp: 40,
      completedOn: thisYear('02-02'),
      certificate: 'C-9',
    },
  ];
}
