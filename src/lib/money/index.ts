/**
 * Exact money. Amounts travel as decimal strings with two places ("1250.00"),
 * are stored as numeric(14,2) and are summed in SQL. Where the application must
 * compute (previews, tests), it uses integer cents as BigInt: never a binary
 * float.
 */

export const MAX_INTEGER_DIGITS = 12;
export const SCALE = 2;

export type MoneyParseResult = { ok: true; value: string } | { ok: false; reason: string };

/**
 * Parses a decimal given as text (from a JSON string or a JSON number's
 * original text) into a canonical two-place string. Accepts an optional sign,
 * digits, an optional fraction of at most two digits and, for JSON numbers,
 * an exponent; rejects everything else.
 */
export function parseDecimal(
  text: string,
  { maxIntegerDigits = MAX_INTEGER_DIGITS, scale = SCALE }: { maxIntegerDigits?: number; scale?: number } = {},
): MoneyParseResult {
  const match = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,6}))?\s*$/.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) {
    return { ok: false, reason: 'must be a decimal number such as "1250.00"' };
  }
  if (Math.abs(Number(match[4] ?? '0')) > 30) {
    return { ok: false, reason: 'is out of range' };
  }
  const sign = match[1] === '-' ? -1n : 1n;
  let digits = (match[2] ?? '') + (match[3] ?? '');
  // position of the decimal point, counted from the left of `digits`
  let point = (match[2] ?? '').length + Number(match[4] ?? '0');
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) {
    digits += '0'.repeat(point - digits.length);
  }
  const integerPart = digits.slice(0, point).replace(/^0+/, '');
  const fractionPart = digits.slice(point).replace(/0+$/, '');
  if (fractionPart.length > scale) {
    return { ok: false, reason: `must have at most ${scale} decimal places` };
  }
  if (integerPart.length > maxIntegerDigits) {
    return { ok: false, reason: `must have at most ${maxIntegerDigits} digits before the decimal point` };
  }
  const units = BigInt((integerPart || '0') + fractionPart.padEnd(scale, '0')) * sign;
  return { ok: true, value: formatUnits(units, scale) };
}

/** Integer units (cents for scale 2) to a canonical decimal string. */
export function formatUnits(units: bigint, scale = SCALE): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const text = abs.toString().padStart(scale + 1, '0');
  const whole = text.slice(0, text.length - scale);
  const fraction = text.slice(text.length - scale);
  const body = scale > 0 ? `${whole}.${fraction}` : whole;
  return negative && abs !== 0n ? `-${body}` : body;
}

/** A canonical decimal string to integer units. */
export function toUnits(value: string, scale = SCALE): bigint {
  const parsed = parseDecimal(value, { maxIntegerDigits: 30, scale });
  if (!parsed.ok) throw new Error(`not a decimal: ${value}`);
  const negative = parsed.value.startsWith('-');
  const [whole = '0', fraction = ''] = parsed.value.replace('-', '').split('.');
  const units = BigInt(whole + fraction.padEnd(scale, '0'));
  return negative ? -units : units;
}

export function addMoney(...values: string[]): string {
  return formatUnits(values.reduce((sum, v) => sum + toUnits(v), 0n));
}

export function subtractMoney(a: string, b: string): string {
  return formatUnits(toUnits(a) - toUnits(b));
}

export function compareMoney(a: string, b: string): -1 | 0 | 1 {
  const d = toUnits(a) - toUnits(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** Display: "1,250.00 USD" → locale-aware, without passing through a float. */
export function formatMoney(value: string, currency = 'USD', locale = 'en-US'): string {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = '00'] = value.replace('-', '').split('.');
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0);
  const group = new Intl.NumberFormat(locale).formatToParts(1000).find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const number = `${grouped}${decimal}${fraction}`;
  const symbolFirst = parts.findIndex((p) => p.type === 'currency') < parts.findIndex((p) => p.type === 'integer');
  const symbol = parts.find((p) => p.type === 'currency')?.value ?? currency;
  const literal = parts.find((p) => p.type === 'literal')?.value ?? '';
  const body = symbolFirst ? `${symbol}${literal}${number}` : `${number}${literal}${symbol}`;
  return negative ? `-${body}` : body;
}

/**
 * The change from `previous` to `current` in percent of `previous`'s size,
 * rounded half away from zero to one decimal ("12.5", "-100.0"), computed in
 * integer cents; null when `previous` is zero (no percentage exists).
 */
export function percentChange(current: string, previous: string): string | null {
  const before = toUnits(previous);
  if (before === 0n) return null;
  const size = before < 0n ? -before : before;
  const scaled = (toUnits(current) - before) * 1000n;
  let tenths = scaled / size;
  const remainder = scaled % size;
  if ((remainder < 0n ? -remainder : remainder) * 2n >= size) tenths += scaled < 0n ? -1n : 1n;
  return formatUnits(tenths, 1);
}

/**
 * A coordinate for drawing an amount (a bar's height in a chart). Approximate
 * by nature: never use it for a figure that is shown, stored or added up —
 * charts label their bars with the exact strings.
 */
export function chartCoordinate(value: string): number {
  return Number(toUnits(value)) / 100;
}
