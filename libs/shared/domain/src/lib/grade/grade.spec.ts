import {
  compareGrades,
  gradeLabel,
  isKnownGrade,
  type KnownGrade,
  normalizeGrade,
} from './known-grade';
import { gradeInfo, isGrade, PNS_GRADE_INFOS, PNS_GRADES } from './pns-grade';
import { isPppkGrade, PPPK_GRADE_INFOS, PPPK_GRADES, pppkGradeInfo } from './pppk-grade';

describe('PNS grades', () => {
  it('has the 17 steps I/a … IV/e in order', () => {
    expect(PNS_GRADES).toEqual([
      'I/a',
      'I/b',
      'I/c',
      'I/d',
      'II/a',
      'II/b',
      'II/c',
      'II/d',
      'III/a',
      'III/b',
      'III/c',
      'III/d',
      'IV/a',
      'IV/b',
      'IV/c',
      'IV/d',
      'IV/e',
    ]);
    expect(PNS_GRADE_INFOS.map((g) => g.ordinal)).toEqual(
      Array.from({ length: 17 }, (_, i) => i + 1),
    );
  });

  it('pairs each grade with its pangkat', () => {
    expect(PNS_GRADE_INFOS.map((g) => `${g.code} ${g.pangkat}`)).toEqual([
      'I/a Juru Muda',
      'I/b Juru Muda Tingkat I',
      'I/c Juru',
      'I/d Juru Tingkat I',
      'II/a Pengatur Muda',
      'II/b Pengatur Muda Tingkat I',
      'II/c Pengatur',
      'II/d Pengatur Tingkat I',
      'III/a Penata Muda',
      'III/b Penata Muda Tingkat I',
      'III/c Penata',
      'III/d Penata Tingkat I',
      'IV/a Pembina',
      'IV/b Pembina Tingkat I',
      'IV/c Pembina Utama Muda',
      'IV/d Pembina Utama Madya',
      'IV/e Pembina Utama',
    ]);
  });

  it('describes a grade', () => {
    expect(gradeInfo('III/a')).toEqual({
      code: 'III/a',
      golongan: 'III',
      ruang: 'a',
      pangkat: 'Penata Muda',
      ordinal: 9,
    });
    expect(gradeInfo('IV/e')?.ordinal).toBe(17);
    expect(gradeInfo('IV/f')).toBeUndefined();
    expect(gradeInfo('iii/a')).toBeUndefined();
  });

  it.each([
    ['I/a', true],
    ['IV/e', true],
    ['I/e', false],
    ['II/e', false],
    ['III/e', false],
    ['V/a', false],
    ['III/A', false],
    ['III/a ', false],
    ['IX', false],
    ['', false],
    [null, false],
    [9, false],
  ])('isGrade(%p) -> %p', (value, expected) => {
    expect(isGrade(value)).toBe(expected);
  });

  it('is immutable', () => {
    expect(Object.isFrozen(PNS_GRADES)).toBe(true);
    expect(Object.isFrozen(PNS_GRADE_INFOS[0])).toBe(true);
  });
});

describe('PPPK grades', () => {
  it('has I … XVII with their PNS-equivalent steps', () => {
    expect(PPPK_GRADES).toHaveLength(17);
    expect(PPPK_GRADES[0]).toBe('I');
    expect(PPPK_GRADES[16]).toBe('XVII');
    expect(pppkGradeInfo('IX')).toEqual({ code: 'IX', ordinal: 9, pnsEquivalent: 'III/a' });
    expect(pppkGradeInfo('V')?.pnsEquivalent).toBe('II/a');
    expect(pppkGradeInfo('VII')?.pnsEquivalent).toBe('II/c');
    expect(pppkGradeInfo('X')?.pnsEquivalent).toBe('III/b');
    expect(PPPK_GRADE_INFOS.map((g) => g.ordinal)).toEqual(
      Array.from({ length: 17 }, (_, i) => i + 1),
    );
  });

  it.each([
    ['I', true],
    ['XVII', true],
    ['XVIII', false],
    ['ix', false],
    ['IIII', false],
    ['III/a', false],
    [undefined, false],
  ])('isPppkGrade(%p) -> %p', (value, expected) => {
    expect(isPppkGrade(value)).toBe(expected);
  });
});

describe('known grades', () => {
  it('accepts both scales', () => {
    expect(isKnownGrade('III/a')).toBe(true);
    expect(isKnownGrade('XVII')).toBe(true);
    expect(isKnownGrade('III/f')).toBe(false);
    expect(isKnownGrade('3a')).toBe(false);
  });

  it.each([
    ['III/a', 'III/a'],
    ['iii/a', 'III/a'],
    [' III / A ', 'III/a'],
    ['III-a', 'III/a'],
    ['IIIa', 'III/a'],
    ['3/a', 'III/a'],
    ['3a', 'III/a'],
    ['4E', 'IV/e'],
    ['IV.e', 'IV/e'],
    ['ia', 'I/a'],
    ['ix', 'IX'],
    ['XVII', 'XVII'],
    ['IV', 'IV'],
  ])('normalizeGrade(%p) -> %p', (raw, expected) => {
    expect(normalizeGrade(raw)).toBe(expected);
  });

  it.each(['', '3', '5/a', 'I/e', 'III/f', 'XVIII', 'Penata Muda', 'III//a'])(
    'normalizeGrade(%p) -> undefined',
    (raw) => {
      expect(normalizeGrade(raw)).toBeUndefined();
    },
  );

  it('labels grades', () => {
    expect(gradeLabel('III/a')).toBe('Penata Muda (III/a)');
    expect(gradeLabel('III/a', 'en')).toBe('Penata Muda (III/a)');
    expect(gradeLabel('IX')).toBe('Golongan IX (PPPK)');
    expect(gradeLabel('IX', 'en')).toBe('Grade IX (PPPK)');
    expect(() => gradeLabel('Z' as KnownGrade)).toThrow(RangeError);
  });

  it('orders grades by step, PPPK after their PNS equivalent', () => {
    const grades: KnownGrade[] = ['IV/e', 'IX', 'I/a', 'III/a', 'XVII', 'II/d', 'I'];
    expect([...grades].sort(compareGrades)).toEqual([
      'I/a',
      'I',
      'II/d',
      'III/a',
      'IX',
      'IV/e',
      'XVII',
    ]);
    expect(() => compareGrades('Z' as KnownGrade, 'I/a')).toThrow(RangeError);
  });
});
