import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from './accept-language';

describe('localeFromAcceptLanguage', () => {
  it.each([
    ['de-DE,de;q=0.9,en;q=0.8', 'de-DE'],
    ['de', 'de-DE'],
    ['en-gb', 'en-GB'],
    ['en', 'en-US'],
    ['fr-CH, fr;q=0.9', 'fr-CH'],
    ['en;q=0.5, pt-BR', 'pt-BR'],
    ['*', null],
    ['', null],
    [null, null],
    ['not a tag!!, es-MX;q=0.3', 'es-MX'],
    ['xx-invalid-' + 'a'.repeat(600), null],
    ['de;q=0', null],
  ])('%j → %j', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});
