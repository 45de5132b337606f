import { INDICATORS_EN } from './indicators.en';
import { INDICATORS_ID } from './indicators.id';
import { fill, indicatorsText, lookup } from './indicators-text';

describe('indicators texts', () => {
  it('picks the dictionary of the language', () => {
    expect(indicatorsText('id')).toBe(INDICATORS_ID);
    expect(indicatorsText('en')).toBe(INDICATORS_EN);
  });

  it('fills Transloco placeholders and leaves unknown ones visible', () => {
    expect(fill('Tren bulanan {{year}} · {{ unknown }}', { year: 2025 })).toBe(
      'Tren bulanan 2025 · {{ unknown }}',
    );
  });

  it('looks entries up by their dotted path', () => {
    expect(lookup(INDICATORS_EN, 'summary.empty')).toBe(INDICATORS_EN.summary.empty);
    expect(lookup(INDICATORS_EN, 'summary.nope')).toBe('summary.nope');
  });
});
