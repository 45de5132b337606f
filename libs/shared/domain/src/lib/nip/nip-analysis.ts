import type { EmploymentType } from '../enums/employment-type.enum';
import type { Gender } from '../enums/gender.enum';
import type { NipErrorCode } from './nip-error-code';

/**
 * What a NIP says and what is wrong with it. A decoded field is present whenever its own digits
 * decode, even if other parts of the number are wrong; with a wrong length no field is decoded
 * because the digits' positions are unknown.
 */
export interface NipAnalysis {
  /** The input without whitespace. */
  nip: string;
  valid: boolean;
  /** Every problem, in `NipErrorCode` declaration order; empty when valid. */
  errors: NipErrorCode[];
  /** `YYYY-MM-DD`, from digits 1-8. */
  birthDate?: string;
  /** `YYYY-MM` for PNS, `YYYY` for PPPK, from digits 9-14. */
  appointmentMonth?: string;
  /** From digit 15. */
  gender?: Gender;
  /** From digits 16-18; 0 when they are 000 (then `ZERO_SEQUENCE` is reported). */
  sequence?: number;
  /** PPPK when digits 13-14 are 21, PNS when they are a month. */
  employmentType?: EmploymentType;
}
