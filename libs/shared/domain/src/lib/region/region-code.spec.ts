import { LANGS } from '../i18n/lang';
import {
  inferRegionType,
  isValidRegionCode,
  provinceCodeOf,
  RegionCodeError,
  regionCodeError,
  regionCodeErrorMessage,
} from './region-code';

const E = RegionCodeError;

describe('regionCodeError', () => {
  it.each([
    ['11', null],
    ['35', null],
    ['96', null],
    ['99', null],
    ['10', E.INVALID_PROVINCE],
    ['20', E.INVALID_PROVINCE],
    ['01', E.INVALID_PROVINCE],
    ['00', E.INVALID_PROVINCE],
    ['5', E.INVALID_FORMAT],
    ['351', E.INVALID_FORMAT],
    ['35.10', E.INVALID_FORMAT],
    [' 35', E.INVALID_FORMAT],
    ['3a', E.INVALID_FORMAT],
    ['', E.INVALID_FORMAT],
  ])('province %p -> %p', (code, error) => {
    expect(regionCodeError(code, 'PROVINCE')).toBe(error);
  });

  it.each([
    ['35.10', null],
    ['35.01', null],
    ['32.69', null],
    ['31.01', null],
    ['35.00', E.INVALID_REGENCY_NUMBER],
    ['35.70', E.INVALID_REGENCY_NUMBER],
    ['35.78', E.INVALID_REGENCY_NUMBER],
    ['10.01', E.INVALID_PROVINCE],
    ['35.1', E.INVALID_FORMAT],
    ['3510', E.INVALID_FORMAT],
    ['35-10', E.INVALID_FORMAT],
    ['35.10.01', E.INVALID_FORMAT],
    ['35', E.INVALID_FORMAT],
  ])('regency %p -> %p', (code, error) => {
    expect(regionCodeError(code, 'REGENCY')).toBe(error);
  });

  it.each([
    ['35.78', null],
    ['31.71', null],
    ['35.99', null],
    ['35.70', E.INVALID_CITY_NUMBER],
    ['35.10', E.INVALID_CITY_NUMBER],
    ['90.71', E.INVALID_PROVINCE],
    ['35,78', E.INVALID_FORMAT],
  ])('city %p -> %p', (code, error) => {
    expect(regionCodeError(code, 'CITY')).toBe(error);
  });

  it('rejects an unknown type and a non-string code from untyped callers', () => {
    expect(regionCodeError('35', 'DISTRICT' as never)).toBe(E.INVALID_TYPE);
    expect(regionCodeError(35 as unknown as string, 'PROVINCE')).toBe(E.INVALID_FORMAT);
  });
});

describe('isValidRegionCode', () => {
  it('agrees with regionCodeError', () => {
    expect(isValidRegionCode('35.10', 'REGENCY')).toBe(true);
    expect(isValidRegionCode('35.10', 'CITY')).toBe(false);
    expect(isValidRegionCode('35', 'PROVINCE')).toBe(true);
  });
});

describe('inferRegionType / provinceCodeOf', () => {
  it.each([
    ['35', 'PROVINCE', '35'],
    ['35.10', 'REGENCY', '35'],
    ['35.78', 'CITY', '35'],
    ['35.70', undefined, undefined],
    ['10', undefined, undefined],
    ['x', undefined, undefined],
  ])('%p is %p in province %p', (code, type, province) => {
    expect(inferRegionType(code)).toBe(type);
    expect(provinceCodeOf(code)).toBe(province);
  });
});

describe('regionCodeErrorMessage', () => {
  it.each(LANGS)('explains every error distinctly in %s', (lang) => {
    const messages = Object.values(RegionCodeError).map((e) => regionCodeErrorMessage(e, lang));
    expect(new Set(messages).size).toBe(messages.length);
    messages.forEach((m) => expect(m).toMatch(/^[A-Z].{20,}\.$/));
  });

  it('defaults to Bahasa Indonesia', () => {
    expect(regionCodeErrorMessage(E.INVALID_CITY_NUMBER)).toContain('kota');
    expect(() => regionCodeErrorMessage('NOPE' as never)).toThrow(RangeError);
  });
});
