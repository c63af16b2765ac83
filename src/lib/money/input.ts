import { formatMoney, formatUnits, MAX_INTEGER_DIGITS, parseDecimal, toUnits } from './index';

/**
 * Numbers as people type them: the one reader for amounts, quantities and
 * percentages typed into a form, found in a CSV file or written to the
 * assistant (docs/decisions/0092-typed-numbers.md). The API's JSON takes
 * canonical decimals ("2400.00") through `parseDecimal`; everything a person
 * types comes through here first.
 *
 * The rule: accept every reading that is unambiguous whatever the writer's
 * habits ("2,400.50", "2.400,50", "€1 250", "(45.00)", "45,90 €", "7.5"), use
 * the locale only where two readings are possible ("2,400" is two thousand
 * four hundred in en-US and refused as an amount in de-DE, where it would be
 * 2.4 with three decimals), and refuse with a message that says how the text
 * was read and what to write instead.
 */

export type NumberKind = 'amount' | 'quantity' | 'percent';

export type NumberReading = { ok: true; value: string } | { ok: false; reason: string };

interface Separators {
  decimal: string;
  group: string;
  name: string;
}

const separatorCache = new Map<string, Separators>();

/** The locale's decimal and group separators, and its name in English for messages. */
export function separatorsOf(locale: string): Separators {
  const cached = separatorCache.get(locale);
  if (cached) return cached;
  let parts: Intl.NumberFormatPart[];
  let name = locale;
  try {
    parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    name = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;
  } catch {
    parts = new Intl.NumberFormat('en-US').formatToParts(12345.6);
  }
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const rawGroup = parts.find((p) => p.type === 'group')?.value ?? ',';
  // spaces of any width group digits alike
  const group = /\s/u.test(rawGroup) ? ' ' : rawGroup === '’' ? "'" : rawGroup;
  const result = { decimal, group, name };
  separatorCache.set(locale, result);
  return result;
}

const CURRENCY_CODES = new Set(Intl.supportedValuesOf('currency'));
const SIGN_START_RE = /^(?:US\$|CA\$|C\$|A\$|R\$|Fr\.|zł|Kč|kr|[€$£¥₹])/u;
const SIGN_END_RE = /(?:US\$|CA\$|C\$|A\$|R\$|Fr\.|zł|Kč|kr|[€$£¥₹])$/u;
const CODE_START_RE = /^[A-Za-z]{3}(?![A-Za-z])/;
const CODE_END_RE = /(?<![A-Za-z])[A-Za-z]{3}$/;

/** A currency sign or ISO code at the start or end of the text, if any. */
function currencyToken(text: string): { token: string; atStart: boolean } | null {
  const start = SIGN_START_RE.exec(text)?.[0] ?? CODE_START_RE.exec(text)?.[0];
  if (start && (!/^[A-Za-z]{3}$/.test(start) || CURRENCY_CODES.has(start.toUpperCase()))) return { token: start, atStart: true };
  const end = SIGN_END_RE.exec(text)?.[0] ?? CODE_END_RE.exec(text)?.[0];
  if (end && (!/^[A-Za-z]{3}$/.test(end) || CURRENCY_CODES.has(end.toUpperCase()))) return { token: end, atStart: false };
  return null;
}

const KIND_NAMES: Record<NumberKind, string> = { amount: 'an amount', quantity: 'a quantity', percent: 'a percentage' };
const SCALE: Record<NumberKind, number> = { amount: 2, quantity: 3, percent: 3 };
const INTEGER_DIGITS: Record<NumberKind, number> = { amount: MAX_INTEGER_DIGITS, quantity: 10, percent: 3 };

/** "2400.5" → "2,400.5" in en-US, "2.400,5" in de-DE: a canonical decimal written the locale's way. */
export function writeDecimal(value: string, locale: string): string {
  const { decimal, group } = separatorsOf(locale);
  const negative = value.startsWith('-');
  const [whole = '0', fraction] = value.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group === ' ' ? '\u202f' : group);
  return `${negative ? '-' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

function trimFraction(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/**
 * Reads what a person typed as an amount (two decimals), a quantity (up to
 * three) or a percentage (up to three). Negative amounts are refused unless
 * `allowNegative`; the caller decides whether zero is acceptable.
 */
export function readNumber(
  input: string,
  locale: string,
  kind: NumberKind = 'amount',
  { allowNegative = false }: { allowNegative?: boolean } = {},
): NumberReading {
  const { decimal: localeDecimal, group: localeGroup, name } = separatorsOf(locale);
  const what = KIND_NAMES[kind];
  const scale = SCALE[kind];
  const typed = input.trim();
  if (typed === '') return { ok: false, reason: 'is required' };
  if (typed.length > 60) return { ok: false, reason: `is too long for ${what}` };

  let text = typed
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013]/g, '-') // minus signs and dashes typed for a minus
    .replace(/[\s\u00a0\u202f\u2009]+/gu, ' ')
    .replace(/[’ʼ`]/g, "'");
  let negative = false;
  let currencies = 0;

  // Peel signs, parentheses, currency signs/codes and a percent sign off both ends.
  for (let round = 0; round < 6; round += 1) {
    const before = text;
    text = text.trim();
    if (/^\(.*\)$/.test(text)) {
      if (negative) return { ok: false, reason: `has two minus signs; write ${what} such as -45.00 or (45.00)` };
      negative = true;
      text = text.slice(1, -1);
    }
    if (text.startsWith('-') || text.endsWith('-')) {
      if (negative) return { ok: false, reason: `has two minus signs; write ${what} such as -45.00 or (45.00)` };
      negative = true;
      text = text.startsWith('-') ? text.slice(1) : text.slice(0, -1);
    }
    if (text.startsWith('+')) text = text.slice(1);
    if (kind === 'percent' && text.endsWith('%')) text = text.slice(0, -1);
    if (kind === 'amount') {
      const found = currencyToken(text);
      if (found) {
        currencies += 1;
        if (currencies > 1) return { ok: false, reason: `names a currency twice; write ${what} such as 45.00` };
        text = found.atStart ? text.slice(found.token.length) : text.slice(0, -found.token.length);
      }
    }
    if (text === before) break;
  }
  text = text.trim();

  if (!/^[\d.,' ]*\d[\d.,' ]*$/.test(text) || /^[.,' ]*$/.test(text)) {
    return {
      ok: false,
      reason: `is not ${what}; write it as digits, such as ${writeDecimal(kind === 'amount' ? '2400.50' : '7.5', locale)}`,
    };
  }
  if (/[.,' ]{2}/.test(text) || /^[' ]|[.,' ]$/.test(text)) {
    return { ok: false, reason: `is not ${what}: “${typed}” has separators in places numbers do not have them` };
  }

  // Which mark is the decimal separator?
  const points = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  let decimalMark: '.' | ',' | null = null;
  if (points > 0 && commas > 0) {
    decimalMark = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    if ((decimalMark === '.' ? points : commas) > 1) {
      return { ok: false, reason: `is not ${what}: “${typed}” has more than one decimal separator` };
    }
  } else if (points + commas > 0) {
    const mark: '.' | ',' = points > 0 ? '.' : ',';
    const count = Math.max(points, commas);
    const after = text.length - text.lastIndexOf(mark) - 1;
    if (count > 1) {
      decimalMark = null; // "1.234.567", "1,234,567": only grouping has several
    } else if (after !== 3) {
      decimalMark = mark; // "2,5", "2.50", "1 250,5": grouping always has three digits
    } else if (text.includes(' ') || text.includes("'")) {
      decimalMark = mark; // "1 234,567": the spaces group, so the mark is decimal
    } else if (mark === localeGroup) {
      decimalMark = null; // "2,400" in en-US, "2.400" in de-DE
    } else if (mark === localeDecimal) {
      // "2,400" in de-DE, "1.234" in en-US: decimals here, thousands elsewhere
      if (scale < 3) {
        const integer = text.slice(0, text.lastIndexOf(mark)).replace(/^0+(?=\d)/, '');
        const digits = text.slice(-3);
        return {
          ok: false,
          reason:
            `is ambiguous in ${name}: “${typed}” reads as ${integer}${localeDecimal}${digits}, but an amount has two decimals. ` +
            `Write ${writeDecimal(`${integer}${digits}`, locale)} if you mean ${integer}${digits}, or ${integer}${localeDecimal}${digits.slice(0, 2)}`,
        };
      }
      decimalMark = mark;
    } else {
      const integer = text.slice(0, text.lastIndexOf(mark));
      return {
        ok: false,
        reason:
          `is ambiguous: “${typed}” could mean ${integer}${text.slice(-3)} or ${integer}${localeDecimal}${text.slice(-3)}. ` +
          `In ${name} write ${writeDecimal(`${integer}${text.slice(-3)}`, locale)} or ${integer}${localeDecimal}${text.slice(-3)}`,
      };
    }
  }

  const [integerText = '', fractionText = ''] = decimalMark
    ? [text.slice(0, text.lastIndexOf(decimalMark)), text.slice(text.lastIndexOf(decimalMark) + 1)]
    : [text];
  if (/[.,' ]/.test(fractionText)) {
    return { ok: false, reason: `is not ${what}: “${typed}” has a separator after its decimals` };
  }
  // Grouping: three digits per group (or the Indian 2-digit groups before the last three).
  const groups = integerText.split(/[.,' ]/);
  if (groups.length > 1) {
    const separatorsUsed = new Set(integerText.replace(/\d/g, ''));
    const [first, ...rest] = groups;
    const last = rest.at(-1)!;
    const western = rest.every((g) => g.length === 3);
    const indian = last.length === 3 && rest.slice(0, -1).every((g) => g.length === 2);
    if (separatorsUsed.size > 1 || !first || first.length > 3 || !(western || indian)) {
      return {
        ok: false,
        reason: `is not ${what}: in “${typed}” the digits are not grouped in threes, so the separators cannot be read`,
      };
    }
  }
  const canonical = `${negative ? '-' : ''}${groups.join('') || '0'}${fractionText ? `.${fractionText}` : ''}`;

  const parsed = parseDecimal(canonical, { scale, maxIntegerDigits: INTEGER_DIGITS[kind] });
  if (!parsed.ok) {
    const places = scale === 2 ? 'two decimals' : 'three decimals';
    if (parsed.reason.includes('decimal places')) {
      return {
        ok: false,
        reason: `has too many decimals: “${typed}” was read as ${writeDecimal(canonical, locale)}, and ${what} has at most ${places}`,
      };
    }
    return { ok: false, reason: `is too large for ${what}` };
  }
  if (parsed.value.startsWith('-') && !allowNegative && toUnits(parsed.value, scale) !== 0n) {
    return { ok: false, reason: `must not be negative (read as ${writeDecimal(parsed.value, locale)})` };
  }
  const value = toUnits(parsed.value, scale) === 0n ? formatUnits(0n, scale) : parsed.value;
  return { ok: true, value: kind === 'amount' ? value : trimFraction(value) };
}

/** An amount as typed → "2400.00", or why not. */
export function readAmount(input: string, locale: string, options?: { allowNegative?: boolean }): NumberReading {
  return readNumber(input, locale, 'amount', options);
}

/** A quantity as typed → "7.5" (up to three decimals, greater than zero), or why not. */
export function readQuantity(input: string, locale: string): NumberReading {
  const reading = readNumber(input, locale, 'quantity');
  if (reading.ok && reading.value === '0') return { ok: false, reason: 'must be more than 0' };
  return reading;
}

/** A percentage as typed ("19", "7,7 %") → "7.7", between 0 and 100, or why not. */
export function readPercent(input: string, locale: string): NumberReading {
  const reading = readNumber(input, locale, 'percent');
  if (reading.ok && toUnits(reading.value, 3) > 100_000n) return { ok: false, reason: 'must be between 0 and 100' };
  return reading;
}

/** How a reading is shown back next to the field: "$2,400.00", "7.5", "19 %". */
export function showReading(value: string, kind: NumberKind, locale: string, currency?: string): string {
  if (kind === 'amount') return formatMoney(value, currency && /^[A-Z]{3}$/.test(currency) ? currency : 'USD', locale);
  const written = writeDecimal(value, locale);
  return kind === 'percent' ? `${written} %` : written;
}

/** The reader for a kind of number (quantities and percentages must be positive / in range). */
export function readTyped(input: string, kind: NumberKind, locale: string, options?: { allowNegative?: boolean }): NumberReading {
  if (kind === 'quantity') return readQuantity(input, locale);
  if (kind === 'percent') return readPercent(input, locale);
  return readAmount(input, locale, options);
}
