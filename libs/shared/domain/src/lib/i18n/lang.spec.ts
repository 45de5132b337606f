import { isLang, resolveLang } from './lang';

describe('resolveLang', () => {
  it.each([
    [undefined, 'id'],
    [null, 'id'],
    ['', 'id'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['en;q=0.5, id;q=0.8', 'id'],
    ['fr-FR, en;q=0.7', 'en'],
    ['fr, de', 'id'],
    ['in', 'id'],
    ['EN-gb', 'en'],
    ['en;q=0, id;q=0', 'id'],
    ['en;q=abc', 'id'],
    ['*', 'id'],
    ['en, id', 'en'],
  ])('resolves %p to %p', (header, expected) => {
    expect(resolveLang(header)).toBe(expected);
  });
});

describe('isLang', () => {
  it('accepts only supported languages', () => {
    expect(isLang('id')).toBe(true);
    expect(isLang('en')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});
