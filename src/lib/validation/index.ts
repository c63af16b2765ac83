import { z } from 'zod';
import { isLosslessNumber } from '@/lib/json';
import { parseDecimal, toUnits } from '@/lib/money';

/**
 * Building blocks for the feature schemas. One definition serves the API
 * (server-side parsing), the forms (client-side hints) and the AI tools.
 */

function wellFormed(value: string): boolean {
  return !value.includes('\u0000') && value.isWellFormed();
}

const wellFormedMessage = 'must be valid text (no NUL characters or broken unicode)';

/** A required text field: trimmed, non-empty, at most `max` characters. */
export function requiredText(max: number) {
  return z
    .string({ error: 'must be text' })
    .refine(wellFormed, wellFormedMessage)
    .transform((v) => v.trim())
    .pipe(z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`));
}

/** An optional text field: trimmed; empty or null becomes null. */
export function optionalText(max: number) {
  return z
    .union([z.string({ error: 'must be text or null' }), z.null()], { error: 'must be text or null' })
    .refine((v) => v === null || wellFormed(v), wellFormedMessage)
    .transform((v) => (v === null || v.trim() === '' ? null : v.trim()))
    .pipe(z.string().max(max, `must be at most ${max} characters`).nullable());
}

export const email = z
  .union([z.string({ error: 'must be an email address or null' }), z.null()], {
    error: 'must be an email address or null',
  })
  .transform((v) => (v === null || v.trim() === '' ? null : v.trim()))
  .pipe(
    z
      .string()
      .max(320, 'must be at most 320 characters')
      .regex(/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/, 'must be an email address')
      .refine(wellFormed, wellFormedMessage)
      .nullable(),
  );

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const uuid = z
  .string({ error: 'must be an id' })
  .regex(uuidPattern, 'must be an id (UUID)')
  .transform((v) => v.toLowerCase());

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30). */
export const date = z
  .string({ error: 'must be a date (YYYY-MM-DD)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)')
  .refine((v) => {
    const [y, m, d] = v.split('-').map(Number) as [number, number, number];
    if (y < 1900 || y > 2999) return false;
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'must be a real calendar date between 1900 and 2999');

/** An ISO 8601 timestamp with an offset (`2026-11-25T09:30:00Z`), normalised to UTC. */
export const timestamp = z
  .string({ error: 'must be a timestamp (ISO 8601 with offset)' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/, 'must be a timestamp such as 2026-11-25T09:30:00Z')
  .refine((v) => {
    const ms = Date.parse(v);
    if (Number.isNaN(ms)) return false;
    const [datePart] = v.split('T') as [string];
    return date.safeParse(datePart).success;
  }, 'must be a real date and time between 1900 and 2999')
  .transform((v) => new Date(v).toISOString());

/**
 * The text of a decimal sent as a JSON string or number (a LosslessNumber
 * keeps a number's original text), or null for anything else.
 */
export function decimalText(input: unknown): string | null {
  if (typeof input === 'string') return input;
  if (typeof input === 'number' && Number.isFinite(input)) return String(input);
  if (isLosslessNumber(input)) return input.value;
  return null;
}

/** How money is described (API description, assistant tools): a decimal string, never a float. */
const MONEY_META = {
  type: 'string',
  pattern: '^\\d+(\\.\\d{1,2})?$',
  description: 'An exact amount as a decimal string with up to two places, such as "1250.00" (a JSON number is read exactly too).',
  examples: ['1250.00'],
};

/**
 * Money: a JSON string or number, parsed exactly into a two-place decimal
 * string. JSON numbers arrive here as numbers only when their text is exact
 * in binary; anything else arrives as a LosslessNumber with its original text.
 */
export function money({ positive = false, allowZero = true }: { positive?: boolean; allowZero?: boolean } = {}) {
  return z
    .unknown()
    .transform((input, ctx) => {
      const text = decimalText(input);
      if (text === null) {
        ctx.addIssue({ code: 'custom', message: 'must be an amount such as "1250.00"' });
        return z.NEVER;
      }
      const parsed = parseDecimal(text);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.reason });
        return z.NEVER;
      }
      const negative = parsed.value.startsWith('-');
      const zero = /^-?0\.00$/.test(parsed.value);
      if ((positive || !allowZero) && zero) {
        ctx.addIssue({ code: 'custom', message: 'must be greater than 0' });
        return z.NEVER;
      }
      if (negative && !zero) {
        ctx.addIssue({ code: 'custom', message: 'must not be negative' });
        return z.NEVER;
      }
      return zero ? '0.00' : parsed.value;
    })
    .meta(MONEY_META);
}

/**
 * A quantity: a JSON number or string with up to three decimals ("7.5",
 * 0.125), greater than zero and at most `max`, as a canonical decimal string
 * without trailing zeros ("7.5", "2").
 */
export function quantity({ max }: { max: number }) {
  return z
    .unknown()
    .transform((input, ctx) => {
      const text = decimalText(input);
      if (text === null) {
        ctx.addIssue({ code: 'custom', message: 'must be a quantity such as 2 or 7.5' });
        return z.NEVER;
      }
      const parsed = parseDecimal(text, { scale: 3, maxIntegerDigits: 10 });
      if (!parsed.ok) {
        ctx.addIssue({
          code: 'custom',
          message: parsed.reason.includes('decimal places')
            ? 'must have at most three decimals (such as 7.5 or 0.125)'
            : parsed.reason.includes('digits')
              ? `must be at most ${max}`
              : 'must be a quantity such as 2 or 7.5',
        });
        return z.NEVER;
      }
      const units = toUnits(parsed.value, 3);
      if (units <= 0n) {
        ctx.addIssue({ code: 'custom', message: 'must be more than 0' });
        return z.NEVER;
      }
      if (units > BigInt(max) * 1000n) {
        ctx.addIssue({ code: 'custom', message: `must be at most ${max}` });
        return z.NEVER;
      }
      return parsed.value.replace(/\.?0+$/, '');
    })
    .meta({
      type: 'string',
      pattern: '^\\d+(\\.\\d{1,3})?$',
      description: `A quantity as a decimal string (or JSON number) with up to three decimals, more than 0 and at most ${max}.`,
      examples: ['7.5'],
    });
}

/** A whole number given as a JSON number (not a string, not 1.5). */
export function integer({ min, max }: { min: number; max: number }) {
  return z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
}

/** What a field of the wrong type should have been, in words. */
const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  bigint: 'a whole number',
  date: 'a date',
};

/** Turns zod issues into `{ field: [problem, …] }`, as the README's "The HTTP API" describes. */
export function zodDetails(error: z.ZodError, noun: 'field' | 'parameter' = 'field'): Record<string, string[]> {
  const details: Record<string, string[]> = {};
  const add = (key: string, message: string) => {
    const field = key || '(body)';
    // own keys only: a field named "toString" must not find Object.prototype's
    if (!Object.hasOwn(details, field)) details[field] = [];
    details[field]!.push(message);
  };
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const unknownKey of issue.keys) add(key ? `${key}.${unknownKey}` : unknownKey, `is not a recognised ${noun}`);
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      // parsed with `reportInput` (the API), a field that was sent carries its input: absent, it was missing
      add(key, 'is required');
    } else if (issue.code === 'invalid_type' && /^Invalid input/.test(issue.message)) {
      add(key, `must be ${EXPECTED[issue.expected] ?? issue.expected}`);
    } else {
      add(key, issue.message);
    }
  }
  return details;
}

// ---------------------------------------------------------------------------
// List query parameters (limit, cursor, sort, q, format and filters)
// ---------------------------------------------------------------------------

export const limitParam = z
  .string()
  .regex(/^\d{1,6}$/, 'must be a whole number from 1 to 200')
  .transform(Number)
  .pipe(z.number().min(1, 'must be at least 1').max(200, 'must be at most 200'))
  .default(50);

export const cursorParam = z.string().min(1).max(1000, 'is not a valid cursor').optional();

export const qParam = z
  .string()
  .max(200, 'must be at most 200 characters')
  .refine(wellFormed, wellFormedMessage)
  .transform((v) => v.trim())
  .optional();

export const formatParam = z.enum(['json', 'csv'], { error: 'must be json or csv' }).default('json');

/** `sort=field` or `sort=-field` for one of the allowed fields. */
export function sortParam<const F extends string>(fields: readonly F[], fallback: `${'' | '-'}${NoInfer<F>}`) {
  const allowed = fields.flatMap((f) => [f, `-${f}`]);
  return z
    .string()
    .refine((v) => allowed.includes(v), `must be one of ${allowed.join(', ')}`)
    .default(fallback)
    .transform((v) => ({
      field: (v.startsWith('-') ? v.slice(1) : v) as F,
      direction: v.startsWith('-') ? ('desc' as const) : ('asc' as const),
    }));
}

/**
 * `user_id=<uuid>|me` on a list: only the rows one person created (their user
 * id; `me`: the ones you created). Resolve `me` with `personId`
 * (lib/auth/workspace).
 */
export const creatorParam = z
  .union([z.literal('me'), uuid], { error: 'must be a user id (UUID) or me' })
  .describe('only the rows this person created: their user id, or `me` for the ones you created')
  .optional();

export function booleanParam() {
  return z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true');
}

const documented = new WeakMap<z.ZodType, z.ZodType>();

/**
 * Records the schema the API description shows for `runtime`, when `runtime`
 * cannot be described by itself (a `z.lazy` that picks its schema from the
 * configuration at request time). Returns `runtime` unchanged.
 */
export function documentAs<S extends z.ZodType>(runtime: S, shown: z.ZodType): S {
  documented.set(runtime, shown);
  return runtime;
}

/** The schema the API description shows for `schema` (see `documentAs`). */
export function documentedSchema(schema: z.ZodType): z.ZodType {
  return documented.get(schema) ?? schema;
}
