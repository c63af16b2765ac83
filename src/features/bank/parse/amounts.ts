import { formatUnits, toUnits } from '@/lib/money';
import { readAmount } from '@/lib/money/input';
import { StatementError } from './types';

/**
 * Amount cells of bank CSV files: the house reader `readAmount` (ADR 0092)
 * after the column's decimal mark has settled what it would call ambiguous,
 * S/H and DR/CR marks, debit and credit columns.
 */

const INDICATOR_NEGATIVE = new Set(['s', 'soll', 'd', 'dr', 'debit', 'db', '-']);
const INDICATOR_POSITIVE = new Set(['h', 'haben', 'c', 'cr', 'credit', '+']);

/**
 * The decimal separator of the amount columns: the mark followed by one or two
 * digits at the end of a value is decimal ("12,50", "1.234,5"); a mark before
 * the other one is grouping. Without evidence ("1,000" only), a semicolon file
 * is taken as decimal comma and any other as decimal point.
 */
export function detectDecimal(values: string[], delimiter: string): ',' | '.' {
  let comma = 0;
  let point = 0;
  for (const raw of values) {
    const value = raw.replace(/[^\d.,]/g, '');
    const lastComma = value.lastIndexOf(',');
    const lastPoint = value.lastIndexOf('.');
    if (lastComma >= 0 && lastPoint >= 0) {
      if (lastComma > lastPoint) comma += 1;
      else point += 1;
      continue;
    }
    const mark = lastComma >= 0 ? ',' : lastPoint >= 0 ? '.' : null;
    if (!mark) continue;
    const after = value.length - value.lastIndexOf(mark) - 1;
    const count = value.split(mark).length - 1;
    if (count === 1 && after >= 1 && after <= 2) {
      if (mark === ',') comma += 1;
      else point += 1;
    }
  }
  if (comma !== point) return comma > point ? ',' : '.';
  return delimiter === ';' ? ',' : '.';
}

const INDICATOR_SUFFIX = /^(.*?\d[)\s]*)\s*(S|H|DR|CR|Dr|Cr|dr|cr)\.?$/;

/** One amount cell → signed canonical decimal, a trailing S/H or DR/CR giving the sign. */
function readCell(raw: string, decimal: ',' | '.', line: number, what: string): string {
  const locale = decimal === ',' ? 'de-DE' : 'en-US';
  let text = raw;
  let sign: 1 | -1 | null = null;
  const suffix = INDICATOR_SUFFIX.exec(text);
  if (suffix) {
    text = suffix[1]!;
    sign = INDICATOR_NEGATIVE.has(suffix[2]!.toLowerCase()) ? -1 : 1;
  }
  // One mark followed by three digits is what readAmount calls ambiguous; the column's decimal mark decides it.
  const single = /^([^\d]*\d{1,3})([.,])(\d{3})([^\d.,]*)$/.exec(text.trim());
  if (single) {
    const [, before, mark, digits, after] = single;
    if (mark !== decimal) text = `${before}${digits}${after}`;
    else if (digits!.endsWith('0')) text = `${before}${mark}${digits!.slice(0, 2)}${after}`;
    else throw new StatementError(`line ${line}: ${what} '${raw}' has more than two decimals`, { line });
  }
  const reading = readAmount(text, locale, { allowNegative: true });
  if (!reading.ok) {
    const reason =
      reading.reason.startsWith('is not') || reading.reason.startsWith('is required')
        ? 'is not a number'
        : reading.reason.startsWith('has too many decimals')
          ? 'has more than two decimals'
          : reading.reason;
    throw new StatementError(`line ${line}: ${what} '${raw}' ${reason}`, { line });
  }
  if (sign === null) return reading.value;
  const units = toUnits(reading.value);
  return formatUnits((units < 0n ? -units : units) * BigInt(sign));
}

/** A row's amount cells: one signed amount (with an optional S/H or DR/CR mark), or debit and credit. */
export interface AmountCells {
  amount?: string;
  indicator?: string;
  debit?: string;
  credit?: string;
}

/** The row's signed amount; `line` is for messages. */
export function rowAmount(cells: AmountCells, decimal: ',' | '.', line: number): string {
  if (cells.amount !== undefined) {
    const raw = cells.amount;
    if (raw === '') throw new StatementError(`line ${line}: the amount is empty`, { line });
    const value = readCell(raw, decimal, line, 'amount');
    const mark = (cells.indicator ?? '').toLowerCase();
    if (mark === '') return value;
    const units = toUnits(value);
    const abs = units < 0n ? -units : units;
    if (INDICATOR_NEGATIVE.has(mark)) return formatUnits(-abs);
    if (INDICATOR_POSITIVE.has(mark)) return formatUnits(abs);
    throw new StatementError(`line ${line}: debit/credit mark '${cells.indicator}' is neither S/H nor DR/CR`, { line });
  }
  const debitRaw = cells.debit ?? '';
  const creditRaw = cells.credit ?? '';
  if (debitRaw === '' && creditRaw === '') {
    throw new StatementError(`line ${line}: both the debit and the credit column are empty`, { line });
  }
  let units = 0n;
  if (debitRaw !== '') {
    const debit = toUnits(readCell(debitRaw, decimal, line, 'debit'));
    units -= debit < 0n ? -debit : debit;
  }
  if (creditRaw !== '') {
    const credit = toUnits(readCell(creditRaw, decimal, line, 'credit'));
    units += credit < 0n ? -credit : credit;
  }
  return formatUnits(units);
}
