import {
  IndicatorRowData,
  IndicatorsFixtures,
  IndicatorWorld,
  recordsCsv,
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
export { Y, Y1 } from './indicator-cast';
import { records } from './indicator-cast';

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
