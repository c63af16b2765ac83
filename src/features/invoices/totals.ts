import { formatUnits, MAX_INTEGER_DIGITS, parseDecimal, toUnits } from '@/lib/money';

/**
 * Invoice totals, exactly as the database computes them in
 * `app.invoice_totals` (docs/decisions/0020-invoice-totals-rounding.md). Pure
 * and BigInt-only, so the editor's live preview in the browser and the
 * server's checks give the stored result to the cent:
 *
 *   line total = quantity × unit_price, half-up to cents (quantities have
 *                up to three decimals: docs/decisions/0092-typed-numbers.md)
 *   subtotal   = Σ line totals
 *   discount   = percent: subtotal × p / 100, half-up to cents; amount: the value
 *   per rate   : the discount is shared across tax rates in proportion to
 *                their base, in whole cents, largest remainder first (ties:
 *                lower rate first); tax_r = (base_r − share_r) × r / 100, half-up
 *   total      = subtotal − discount + Σ tax_r
 */

export interface TotalsLine {
  /** up to three decimals: "7.5", 2 */
  quantity: string | number | bigint;
  unit_price: string;
  /** percent, up to three decimals ("19", "7.7"); default 0 */
  tax_rate?: string | null;
}

export type Discount = { type: 'percent' | 'amount'; value: string } | null;

export interface TaxLine {
  rate: string;
  base: string;
  amount: string;
}

export interface Totals {
  line_totals: string[];
  subtotal: string;
  discount_amount: string;
  taxes: TaxLine[];
  tax_amount: string;
  total_amount: string;
}

/** The largest amount numeric(14,2) holds. */
export const MAX_AMOUNT_UNITS = 10n ** BigInt(MAX_INTEGER_DIGITS + 2) - 1n;
export const MAX_AMOUNT = formatUnits(MAX_AMOUNT_UNITS);

export class TotalsError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field} ${problem}`);
    this.name = 'TotalsError';
  }
}

/** A tax rate in thousandths of a percent ("7.7" → 7700n). */
export function rateUnits(rate: string | null | undefined): bigint {
  if (rate === null || rate === undefined || rate === '') return 0n;
  const parsed = parseDecimal(rate, { scale: 3, maxIntegerDigits: 3 });
  if (!parsed.ok) throw new TotalsError('tax_rate', parsed.reason);
  return toUnits(parsed.value, 3);
}

/** "19.000" → "19", "7.700" → "7.7" (how the database prints trim_scale(rate)). */
export function formatRate(units: bigint): string {
  return formatUnits(units, 3).replace(/\.?0+$/, '');
}

/** num / den rounded half-up, for num ≥ 0 and den > 0. */
function divHalfUp(num: bigint, den: bigint): bigint {
  return (num * 2n + den) / (den * 2n);
}

/** A quantity in thousandths ("7.5" → 7500n). */
export function quantityUnits(quantity: string | number | bigint): bigint {
  if (typeof quantity === 'bigint') return quantity * 1000n;
  const parsed = parseDecimal(String(quantity), { scale: 3, maxIntegerDigits: 12 });
  if (!parsed.ok) throw new TotalsError('quantity', parsed.reason);
  return toUnits(parsed.value, 3);
}

/** quantity × unit price, half-up to cents (as `app.invoice_line_total`). */
export function lineTotalCents(quantity: string | number | bigint, unitPrice: string): bigint {
  return divHalfUp(quantityUnits(quantity) * toUnits(unitPrice), 1000n);
}

export function computeTotals(lines: readonly TotalsLine[], discount: Discount): Totals {
  const lineCents = lines.map((line) => lineTotalCents(line.quantity, line.unit_price));
  const subtotal = lineCents.reduce((sum, cents) => sum + cents, 0n);

  let discountCents = 0n;
  if (discount && lines.length > 0) {
    const value = toUnits(discount.value);
    if (discount.type === 'percent') {
      if (value > 10000n) throw new TotalsError('discount_value', 'must be at most 100 for a percentage');
      discountCents = divHalfUp(subtotal * value, 10000n);
    } else {
      if (value > subtotal) {
        throw new TotalsError('discount_value', `must not exceed the subtotal (${formatUnits(subtotal)})`);
      }
      discountCents = value;
    }
  }

  // bases per rate, in ascending rate order
  const bases = new Map<bigint, bigint>();
  lines.forEach((line, index) => {
    const rate = rateUnits(line.tax_rate);
    bases.set(rate, (bases.get(rate) ?? 0n) + lineCents[index]!);
  });
  const rates = [...bases.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const shares = rates.map((rate) => {
    const base = bases.get(rate)!;
    const numerator = discountCents * base;
    return {
      rate,
      base,
      floor: subtotal === 0n ? 0n : numerator / subtotal,
      remainder: subtotal === 0n ? 0n : numerator % subtotal,
    };
  });
  let leftover = discountCents - shares.reduce((sum, s) => sum + s.floor, 0n);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder !== b.remainder ? (a.remainder > b.remainder ? -1 : 1) : a.rate < b.rate ? -1 : a.rate > b.rate ? 1 : 0,
  );
  const extra = new Map<bigint, bigint>();
  for (const share of byRemainder) {
    if (leftover <= 0n) break;
    extra.set(share.rate, 1n);
    leftover -= 1n;
  }

  const taxes: TaxLine[] = [];
  let taxCents = 0n;
  for (const share of shares) {
    const taxable = share.base - share.floor - (extra.get(share.rate) ?? 0n);
    const tax = divHalfUp(taxable * share.rate, 100_000n);
    taxCents += tax;
    if (share.rate !== 0n) {
      taxes.push({ rate: formatRate(share.rate), base: formatUnits(taxable), amount: formatUnits(tax) });
    }
  }

  return {
    line_totals: lineCents.map((cents) => formatUnits(cents)),
    subtotal: formatUnits(subtotal),
    discount_amount: formatUnits(discountCents),
    taxes,
    tax_amount: formatUnits(taxCents),
    total_amount: formatUnits(subtotal - discountCents + taxCents),
  };
}

/**
 * The totals, or the first field whose amount would not fit numeric(14,2)
 * (a line, the subtotal or the total): the API answers 400 naming it instead
 * of letting the database overflow.
 */
export function checkTotals(lines: readonly TotalsLine[], discount: Discount): Totals {
  const totals = computeTotals(lines, discount);
  totals.line_totals.forEach((total, index) => {
    if (toUnits(total) > MAX_AMOUNT_UNITS) {
      throw new TotalsError(`items.${index}.quantity`, `makes the line total ${total}, more than ${MAX_AMOUNT}`);
    }
  });
  for (const field of ['subtotal', 'total_amount'] as const) {
    if (toUnits(totals[field]) > MAX_AMOUNT_UNITS) {
      throw new TotalsError('items', `add up to a ${field.replace('_amount', '')} of ${totals[field]}, more than ${MAX_AMOUNT}`);
    }
  }
  return totals;
}
