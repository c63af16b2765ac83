/**
 * Bank dates as CSV exports write them, read with a format of tokens:
 * `dd` / `d` (day), `mm` / `m` (month number), `MMM` / `MMMM` (month name,
 * English or German, abbreviated or full, with or without a dot), `yyyy` /
 * `yy` (year; two digits are 20yy). Anything else in the format is a literal
 * separator. A time after the date ("03.11.2026 14:22") is ignored.
 */

const MONTHS: Record<string, number> = {};
const NAMES: [number, string[]][] = [
  [1, ['jan', 'january', 'januar', 'jaenner', 'janner']],
  [2, ['feb', 'february', 'februar']],
  [3, ['mar', 'march', 'marz', 'maerz', 'mrz']],
  [4, ['apr', 'april']],
  [5, ['may', 'mai']],
  [6, ['jun', 'june', 'juni']],
  [7, ['jul', 'july', 'juli']],
  [8, ['aug', 'august']],
  [9, ['sep', 'sept', 'september']],
  [10, ['oct', 'october', 'okt', 'oktober']],
  [11, ['nov', 'november']],
  [12, ['dec', 'december', 'dez', 'dezember']],
];
for (const [month, names] of NAMES) for (const name of names) MONTHS[name] = month;

function monthNumber(name: string): number | null {
  const key = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? null;
}

export interface DateFormat {
  text: string;
  read: (value: string) => string | null;
}

const cache = new Map<string, DateFormat | null>();

/** A format such as "dd.mm.yyyy" or "d MMM yyyy" → its reader, or null when the format has no day, month and year. */
export function compileDateFormat(format: string): DateFormat | null {
  const cached = cache.get(format);
  if (cached !== undefined) return cached;
  const order: ('d' | 'm' | 'M' | 'y' | 'yy')[] = [];
  let pattern = '';
  const tokens = /(MMMM|MMM|yyyy|yy|dd|d|mm|m)|([^A-Za-z]+)|([A-Za-z]+)/g;
  let match: RegExpExecArray | null;
  let bad = false;
  while ((match = tokens.exec(format)) !== null) {
    const [, token, literal, other] = match;
    if (token) {
      if (token === 'MMMM' || token === 'MMM') {
        order.push('M');
        pattern += '([A-Za-z\\u00c0-\\u017f]{3,10}\\.?)';
      } else if (token === 'yyyy') {
        order.push('y');
        pattern += '(\\d{4})';
      } else if (token === 'yy') {
        order.push('yy');
        pattern += '(\\d{2})';
      } else if (token[0] === 'd') {
        order.push('d');
        pattern += token === 'dd' ? '(\\d{1,2})' : '(\\d{1,2})';
      } else {
        order.push('m');
        pattern += '(\\d{1,2})';
      }
    } else if (literal) {
      pattern += literal
        .replace(/\s+/g, '\u0000')
        .replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
        .replace(/\u0000/g, '\\s*');
    } else if (other) {
      bad = true;
    }
  }
  const kinds = new Set(order.map((o) => (o === 'yy' ? 'y' : o === 'M' ? 'm' : o)));
  if (bad || order.length !== 3 || kinds.size !== 3) {
    cache.set(format, null);
    return null;
  }
  const re = new RegExp(`^${pattern}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:\\s?(?:Z|[+-]\\d{2}:?\\d{2}|[AaPp][Mm]))?)?$`);
  const compiled: DateFormat = {
    text: format,
    read(value: string) {
      const m = re.exec(value.trim());
      if (!m) return null;
      let y = 0;
      let mo = 0;
      let d = 0;
      for (let i = 0; i < order.length; i += 1) {
        const part = m[i + 1]!;
        const kind = order[i];
        if (kind === 'y') y = Number(part);
        else if (kind === 'yy') y = 2000 + Number(part);
        else if (kind === 'd') d = Number(part);
        else if (kind === 'm') mo = Number(part);
        else {
          const n = monthNumber(part);
          if (n === null) return null;
          mo = n;
        }
      }
      return isoDate(y, mo, d);
    },
  };
  cache.set(format, compiled);
  return compiled;
}

/** A real calendar day between 1900 and 2999 → YYYY-MM-DD, else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The formats tried when the caller names none, day-first before month-first:
 * when every date of the column fits both (no day above 12), day-first wins
 * (ADR 0120: most banks in the world, and every European one, write it so;
 * the format used is returned in the mapping and a `date_format` overrides it).
 */
export const AUTO_DATE_FORMATS = [
  'yyyy-mm-dd',
  'dd.mm.yyyy',
  'dd.mm.yy',
  'dd/mm/yyyy',
  'mm/dd/yyyy',
  'dd/mm/yy',
  'mm/dd/yy',
  'dd-mm-yyyy',
  'mm-dd-yyyy',
  'yyyy/mm/dd',
  'yyyy.mm.dd',
  'yyyymmdd',
  'd MMM yyyy',
  'd. MMM yyyy',
  'd-MMM-yyyy',
  'd-MMM-yy',
  'd MMM yy',
  'MMM d, yyyy',
  'MMM d yyyy',
  'dd.MMM.yyyy',
];

/** The first automatic format that reads every value of the column, or null. */
export function detectDateFormat(values: string[]): DateFormat | null {
  const sample = values.filter((v) => v.trim() !== '');
  if (sample.length === 0) return null;
  for (const text of AUTO_DATE_FORMATS) {
    const format = compileDateFormat(text)!;
    if (sample.every((v) => format.read(v) !== null)) return format;
  }
  return null;
}
