import { formatNip, normalizeNip } from './normalize-nip';

describe('normalizeNip', () => {
  it('removes all whitespace and nothing else', () => {
    expect(normalizeNip(' 19850315 201001\t1\n001 ')).toBe('198503152010011001');
    expect(normalizeNip('1985-0315')).toBe('1985-0315');
    expect(normalizeNip('')).toBe('');
  });
});

describe('formatNip', () => {
  it('groups an 18-digit NIP the usual way', () => {
    expect(formatNip('198503152010011001')).toBe('19850315 201001 1 001');
    expect(formatNip(' 19850315201001 1001')).toBe('19850315 201001 1 001');
  });

  it('leaves anything else normalized but ungrouped', () => {
    expect(formatNip('1985 0315')).toBe('19850315');
    expect(formatNip('19850315201001100A')).toBe('19850315201001100A');
  });
});
