import {
  IndicatorRowData,
  IndicatorsFixtures,
  IndicatorWorld,
  recordsCsv,
  TrainingRecordInput,
} from '../support/indicators-fixtures';

/**
 * contract.md's indicator definitions on hand-computed data, shared by the
 * literacy-indicators-*.integration-spec.ts files.
 *
 * Region A (Kabupaten Ngawi): A-ROOT (e1 III/a, e2 III/b, e3 III/a inactive), A-CHILD under
 * A-ROOT (e4 IV/a, e5 III/a), A-OTHER (e6 II/a). Region B (Kota Madiun): B-ROOT (e7, e8 III/a).
 *
 * Imported records (Y = this year, Y1 = last year):
 *   r1 e1 TECHNICAL digital  8 JP Y  certificate   r2 e1 MANAGERIAL       12 JP Y
 *   r3 e2 TECHNICAL digital  4 JP Y1               r4 e2 SOCIO_CULTURAL    6 JP Y
 *   r5 e3 TECHNICAL digital 30 JP Y  certificate (inactive: never counted)
 *   r6 e4 MANAGERIAL digital 24 JP Y               r7 e6 TECHNICAL        20 JP Y1 certificate
 *   r8 e6 TECHNICAL digital 2.5 JP Y certificate   r9 e7 TECHNICAL digital 40 JP Y certificate
 */
export const Y = new Date().getFullYear();
export const Y1 = Y - 1;
const today = `${Y}-${String(new Date().getMonth() + 1).padStart(2, '0')}-${String(new Date().getDate()).padStart(2, '0')}`;
/** A date of this year, never after today (so the file also passes in January). */
const thisYear = (monthDay: string) => {
  const date = `${Y}-${monthDay}`;
  return date <= today ? date : today;
};

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

export type Counts = [
  headcount: number,
  trained: number,
  certified: number,
  literate: number,
  totalJp: number,
  compliant: number,
];

/** The row a hand computation predicts, rates derived from the counts. */
export function expected(key: string, label: string, c: Counts): IndicatorRowData {
  const [headcount, trained, certified, literate, totalJp, compliant] = c;
  return {
    key,
    label,
    headcount,
    trainedCount: trained,
    certifiedCount: certified,
    literateCount: literate,
    literacyRate: headcount ? literate / headcount : 0,
    totalJp,
    jpCompliantCount: compliant,
    jpComplianceRate: headcount ? compliant / headcount : 0,
  };
}

/** Imports the records above, as every literacy-indicators file does before its tests. */
export async function seedLiteracyWorld(fx: IndicatorsFixtures, w: IndicatorWorld) {
  const result = await fx.importRecords(w.admin, recordsCsv(records(w)));
  expect(result).toEqual({ created: 9, updated: 0, rejected: 0, errors: [] });
}
