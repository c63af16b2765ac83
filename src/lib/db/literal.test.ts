import { describe, expect, it } from 'vitest';
import { INLINE_MAX_CHARS, INLINE_MAX_PARAMETERS, inlineParameters, literal } from './literal';

describe('literal', () => {
  it('writes strings as escape strings, with quotes and backslashes doubled', () => {
    expect(literal('abc')).toBe("E'abc'");
    expect(literal("O'Brien")).toBe("E'O''Brien'");
    expect(literal('a\\b')).toBe("E'a\\\\b'");
    expect(literal("\\'; drop table contacts; --")).toBe("E'\\\\''; drop table contacts; --'");
    expect(literal('')).toBe("E''");
    expect(literal('naïve 東京 🎉')).toBe("E'naïve 東京 🎉'");
  });

  it('writes numbers as their decimal text (typed by the context, like a parameter), booleans and null', () => {
    expect(literal(50)).toBe("'50'");
    expect(literal(-1.5)).toBe("'-1.5'");
    expect(literal(true)).toBe('true');
    expect(literal(false)).toBe('false');
    expect(literal(null)).toBe('NULL');
  });

  it('refuses what must stay a parameter', () => {
    expect(literal('a\0b')).toBeNull();
    expect(literal(Number.NaN)).toBeNull();
    expect(literal(Number.POSITIVE_INFINITY)).toBeNull();
    expect(literal(10n)).toBeNull();
    expect(literal(new Date(0))).toBeNull();
    expect(literal(new Uint8Array([1]))).toBeNull();
    expect(literal({ a: 1 })).toBeNull();
    expect(literal(['a'])).toBeNull();
    expect(literal(undefined)).toBeNull();
  });
});

describe('inlineParameters', () => {
  it('replaces each placeholder by its literal, by number', () => {
    expect(inlineParameters('select $1, $2, $1', ['a', 2])).toBe("select E'a', '2', E'a'");
    expect(
      inlineParameters(
        'select * from t where a = $10',
        Array.from({ length: 10 }, (_, i) => i + 1),
      ),
    ).toBe("select * from t where a = '10'");
    expect(inlineParameters('select $1::uuid', ['00000000-0000-0000-0000-000000000000'])).toBe(
      "select E'00000000-0000-0000-0000-000000000000'::uuid",
    );
  });

  it('leaves a statement without parameters as it is', () => {
    expect(inlineParameters('select 1', [])).toBe('select 1');
  });

  it('does not touch $n inside strings, quoted identifiers, dollar quotes and comments', () => {
    expect(inlineParameters("select '$1', $1", ['x'])).toBe("select '$1', E'x'");
    expect(inlineParameters("select 'it''s $1', $1", ['x'])).toBe("select 'it''s $1', E'x'");
    expect(inlineParameters("select E'\\' $1', $1", ['x'])).toBe("select E'\\' $1', E'x'");
    expect(inlineParameters('select "col$1", $1', ['x'])).toBe('select "col$1", E\'x\'');
    expect(inlineParameters('select $$ $1 $$, $tag$ $1 $tag$, $1', ['x'])).toBe("select $$ $1 $$, $tag$ $1 $tag$, E'x'");
    expect(inlineParameters('select 1 -- $1\n, $1', ['x'])).toBe("select 1 -- $1\n, E'x'");
    expect(inlineParameters('select /* $1 */ $1', ['x'])).toBe("select /* $1 */ E'x'");
    expect(inlineParameters('select a$1 from t where b = $1', ['x'])).toBe("select a$1 from t where b = E'x'");
  });

  it("a date literal (date'…') is a standard string, not an escape string", () => {
    expect(inlineParameters("select date'2026-01-01', $1", ['x'])).toBe("select date'2026-01-01', E'x'");
  });

  it('keeps the parameters when one cannot be a literal, or the text does not match them', () => {
    expect(inlineParameters('select $1, $2', ['a', { b: 1 }])).toBeNull();
    expect(inlineParameters('select $1', ['a\0'])).toBeNull();
    expect(inlineParameters('select $2', ['a'])).toBeNull();
    expect(inlineParameters('select $0', ['a'])).toBeNull();
    expect(inlineParameters("select 'unterminated $1", ['a'])).toBeNull();
    expect(inlineParameters('select $$ $1', ['a'])).toBeNull();
    expect(inlineParameters('select /* $1', ['a'])).toBeNull();
    // a nested comment is not followed: the statement keeps its parameters
    expect(inlineParameters('select /* $1 /* $1 */ $1 */ $1', ['x'])).toBeNull();
  });

  it('leaves bulk statements their parameters (many values, or large ones)', () => {
    const many = Array.from({ length: INLINE_MAX_PARAMETERS + 1 }, (_, i) => i);
    expect(inlineParameters(many.map((_, i) => `$${i + 1}`).join(', '), many)).toBeNull();
    expect(
      inlineParameters(
        many
          .slice(1)
          .map((_, i) => `$${i + 1}`)
          .join(', '),
        many.slice(1),
      ),
    ).not.toBeNull();
    expect(inlineParameters('select $1::jsonb', ['x'.repeat(INLINE_MAX_CHARS)])).toBeNull();
    expect(inlineParameters('select $1::jsonb', ['x'.repeat(INLINE_MAX_CHARS - 3)])).toBe(
      `select E'${'x'.repeat(INLINE_MAX_CHARS - 3)}'::jsonb`,
    );
  });
});
