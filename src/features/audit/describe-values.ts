import { formatCalendarDate, formatDateTime } from '@/lib/format';
import { formatMoney, parseDecimal } from '@/lib/money';
import { ENUM, MAX_TEXT, MONEY, capital, labelOf, list, type Names, type Reader, words } from './describe-words';

/** Values as a reader reads them: money in its currency and the reader's locale, dates, statuses. */

// ---------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------

export function safeLocale(locale: string): string {
  try {
    new Intl.NumberFormat(locale);
    return locale;
  } catch {
    return 'en-US';
  }
}

export function safeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

export const isBlank = (v: unknown) => v === null || v === undefined || v === '';

/** A JSON number or numeric string as exact decimal text, or null. */
export function decimalText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return value.trim();
  return null;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  const da = decimalText(a);
  const db = decimalText(b);
  if (da !== null && db !== null) return Number(da) === Number(db);
  return JSON.stringify(a) === JSON.stringify(b);
}

export class Formatter {
  readonly locale: string;
  readonly zone: string;
  constructor(
    readonly reader: Reader,
    readonly names: Names,
  ) {
    this.locale = safeLocale(reader.locale);
    this.zone = safeZone(reader.time_zone);
  }

  money(value: unknown, currency: string | null | undefined): string | null {
    const text = decimalText(value);
    if (text === null) return null;
    const exact = parseDecimal(text, { maxIntegerDigits: 20, scale: 20 });
    if (!exact.ok) return null;
    const [whole, fraction = ''] = exact.value.split('.');
    const cents = `${whole}.${fraction.replace(/0+$/, '').padEnd(2, '0')}`;
    try {
      return formatMoney(cents, currency || this.reader.currency, this.locale);
    } catch {
      return formatMoney(cents, 'USD', this.locale);
    }
  }

  number(value: unknown): string | null {
    const text = decimalText(value);
    if (text === null) return null;
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: 3 }).format(Number(text));
  }

  text(value: string): string {
    const flat = value.replace(/\s+/g, ' ').trim();
    return `“${flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT - 1)}…` : flat}”`;
  }

  /** A value as a reader sees it; null when it has no plain form (an object, a list). */
  value(entity: string, field: string, value: unknown, currency?: string | null): string | null {
    if (value === null || value === undefined || value === '') return null;
    if (MONEY.has(field)) return this.money(value, currency);
    const choices = ENUM[`${entity}.${field}`] ?? ENUM[field];
    if (choices && typeof value === 'string') return choices[value] ?? capital(words(value));
    if (field === 'tax_rate') return `${this.number(value)}%`;
    if (field === 'payment_terms_days') return `${this.number(value)} days`;
    if (field === 'invoice_reminder_days' && Array.isArray(value)) {
      const days = value.filter((d): d is number => typeof d === 'number').sort((a, b) => a - b);
      return days.length === 0 ? 'off' : `${list(days.map(String))} days after the due date`;
    }
    if (field === 'locale' && typeof value === 'string') {
      try {
        return new Intl.DisplayNames(['en'], { type: 'language' }).of(value) ?? value;
      } catch {
        return value;
      }
    }
    if (field.endsWith('_id') && typeof value === 'string') return this.names.get(value) ?? null;
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    if (typeof value === 'number') return this.number(value);
    if (typeof value !== 'string') return null;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatCalendarDate(value, { locale: this.locale });
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value))) {
      return formatDateTime(value, { locale: this.locale, time_zone: this.zone });
    }
    if (field === 'currency' || field === 'time_zone') return value;
    return this.text(value);
  }

  /** "Changed the status from Lead to Customer", "Set the phone number to “+1 555”", "Removed the notes". */
  field(entity: string, field: string, before: unknown, after: unknown, currency?: string | null): string {
    const label = labelOf(entity, field);
    const b = this.value(entity, field, before, currency);
    const a = this.value(entity, field, after, currency);
    const hadBefore = !isBlank(before);
    const hasAfter = !isBlank(after);
    if (field.endsWith('_id')) {
      if (!hasAfter) return `Removed the ${label}${b ? ` (was ${b})` : ''}`;
      if (!hadBefore) return a ? `Set the ${label} to ${a}` : `Set the ${label}`;
      return a && b ? `Changed the ${label} from ${b} to ${a}` : a ? `Changed the ${label} to ${a}` : `Changed the ${label}`;
    }
    if (hadBefore && !hasAfter) return b ? `Removed the ${label} (was ${b})` : `Removed the ${label}`;
    if (!hadBefore && hasAfter) return a ? `Set the ${label} to ${a}` : `Set the ${label}`;
    if (a !== null && b !== null) return `Changed the ${label} from ${b} to ${a}`;
    return `Changed the ${label}`;
  }
}
