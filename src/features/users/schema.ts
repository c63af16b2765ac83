import { z } from 'zod';
import { email, integer, optionalText } from '@/lib/validation';

const accountEmail = email.refine((v) => v !== null, 'is required').transform((v) => v!.toLowerCase());
/** A password as typed: any text up to 1000 characters (rules are checked where one is chosen). */
const password = z.string({ error: 'is required' }).min(1, 'is required').max(1000, 'is too long');

/** Development sign-in: an email (and optionally a name) is enough. */
export const devSignInSchema = z.strictObject({
  email: accountEmail,
  first_name: optionalText(200).optional(),
  last_name: optionalText(200).optional(),
});
export type DevSignIn = z.output<typeof devSignInSchema>;

/** Local accounts: email and password. */
export const passwordSignInSchema = z.strictObject({ email: accountEmail, password });
export type PasswordSignIn = z.output<typeof passwordSignInSchema>;

export const signUpSchema = z.strictObject({
  email: accountEmail,
  password,
  first_name: optionalText(200).optional(),
  last_name: optionalText(200).optional(),
});
export type SignUp = z.output<typeof signUpSchema>;

export const changePasswordSchema = z.strictObject({ current_password: password, new_password: password });
export type ChangePassword = z.output<typeof changePasswordSchema>;

export const passwordResetRequestSchema = z.strictObject({ email: accountEmail });
export const passwordResetSchema = z.strictObject({
  token: z.string({ error: 'is required' }).min(1, 'is required').max(200, 'is not a reset token'),
  password,
});
export type PasswordReset = z.output<typeof passwordResetSchema>;

export const sessionIdParams = z.strictObject({ id: z.string().regex(/^sess_local_[0-9a-f]{24,64}$/) });

// ---------------------------------------------------------------------------
// Business settings: used by invoices (prefix, terms, currency), PDFs (name,
// address, tax id) and date handling (time zone, locale).
// ---------------------------------------------------------------------------

/** ISO 4217 codes the runtime knows (Intl), e.g. USD, EUR, JPY. */
export const CURRENCIES: readonly string[] = Intl.supportedValuesOf('currency');
const currencySet = new Set(CURRENCIES);

/** IANA time zone names (Intl's canonical list, plus UTC). */
export const TIME_ZONES: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];

const zoneByLowerCase = new Map(TIME_ZONES.map((zone) => [zone.toLowerCase(), zone]));

/**
 * An IANA time zone the runtime knows, or null (offsets are not zones). Spelled
 * as in the list the form offers when it is there (`europe/berlin` →
 * `Europe/Berlin`), otherwise as given (`Asia/Kolkata`, which the list may
 * carry under its older name).
 */
export function canonicalTimeZone(value: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-]*(\/[A-Za-z0-9_+\-]+)*$/.test(value) || value.length > 64) return null;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
  } catch {
    return null;
  }
  return zoneByLowerCase.get(value.toLowerCase()) ?? value;
}

/** A BCP 47 tag in canonical form (`en-gb` → `en-GB`) that the runtime can format with, or null. */
export function canonicalLocale(value: string): string | null {
  try {
    const [tag] = Intl.getCanonicalLocales(value);
    if (!tag || tag.length > 35) return null;
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 && Intl.NumberFormat.supportedLocalesOf([tag]).length > 0
      ? tag
      : null;
  } catch {
    return null;
  }
}

const text = (message: string) => z.string({ error: message }).transform((v) => v.trim());

export const currencyCode = text('must be a currency code such as USD or EUR')
  .transform((v) => v.toUpperCase())
  .refine((v) => /^[A-Z]{3}$/.test(v) && currencySet.has(v), 'must be an ISO 4217 currency code such as USD or EUR');

export const timeZone = text('must be a time zone such as Europe/Berlin').transform((v, ctx) => {
  const zone = canonicalTimeZone(v);
  if (!zone) {
    ctx.addIssue({ code: 'custom', message: 'must be an IANA time zone such as Europe/Berlin or UTC' });
    return z.NEVER;
  }
  return zone;
});

export const locale = text('must be a locale such as en-US').transform((v, ctx) => {
  const tag = canonicalLocale(v);
  if (!tag) {
    ctx.addIssue({ code: 'custom', message: 'must be a BCP 47 locale such as en-US or de-DE' });
    return z.NEVER;
  }
  return tag;
});

export const invoicePrefix = z
  .string({ error: 'must be text' })
  .transform((v) => v.trim())
  .pipe(
    z
      .string()
      .max(20, 'must be at most 20 characters')
      .regex(/^[A-Za-z0-9._/#-]*$/, 'may contain letters, digits and . _ / # - only'),
  );

export const userSettingsSchema = z
  .strictObject({
    business_name: optionalText(200).optional(),
    business_address: optionalText(1000).optional(),
    tax_id: optionalText(100).optional(),
    currency: currencyCode.optional(),
    invoice_prefix: invoicePrefix.optional(),
    payment_terms_days: integer({ min: 0, max: 365 }).optional(),
    time_zone: timeZone.optional(),
    locale: locale.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one setting to change', path: [] });
export type UserSettingsUpdate = z.output<typeof userSettingsSchema>;

/** Fields of the user row a client never sets here (identity comes from sign-in / Clerk). */
export const USER_READ_ONLY = [
  'id',
  'clerk_id',
  'email',
  'first_name',
  'last_name',
  'image_url',
  'created_at',
  'updated_at',
] as const;

/** The user row as the API returns it. */
export interface UserProfile {
  id: string;
  clerk_id: string;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  image_url: string | null;
  business_name: string | null;
  business_address: string | null;
  tax_id: string | null;
  currency: string;
  invoice_prefix: string;
  payment_terms_days: number;
  time_zone: string;
  locale: string;
  /** days after the due date on which overdue invoices get a reminder ([] = off) */
  invoice_reminder_days: number[];
  created_at: Date;
  updated_at: Date;
}

export function displayName(user: Pick<UserProfile, 'first_name' | 'last_name' | 'email'>): string {
  return [user.first_name, user.last_name].filter(Boolean).join(' ') || user.email || 'Your account';
}

/** Up to two initials for an avatar placeholder (`Robin Example` → `RE`). */
export function initials(name: string): string {
  const letters = name
    .split(/[\s@.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => [...part][0]!.toUpperCase());
  return letters.join('') || '?';
}

// ---------------------------------------------------------------------------
// Clerk webhook events (svix-verified before they are parsed). Clerk's
// payload, not ours: unknown fields are ignored, values that do not fit our
// columns are cut to size rather than refused (a refused delivery is retried
// for days and would never succeed).
// ---------------------------------------------------------------------------

const clip = (max: number) =>
  z
    .string()
    .nullish()
    .transform((v) => {
      const trimmed = v?.trim();
      return trimmed ? [...trimmed].slice(0, max).join('') : null;
    });

export const clerkEventSchema = z.object({
  type: z.string().min(1).max(200),
  data: z.record(z.string(), z.unknown()),
});

export const clerkUserSchema = z.object({
  id: z.string().min(1).max(200),
  email_addresses: z
    .array(z.object({ id: z.string(), email_address: z.string() }))
    .nullish()
    .transform((v) => v ?? []),
  primary_email_address_id: z.string().nullish(),
  first_name: clip(200),
  last_name: clip(200),
  image_url: z
    .string()
    .nullish()
    .transform((v) => (v && v.length <= 2000 && /^https:\/\//.test(v) ? v : null)),
  created_at: z.number().int().nonnegative().nullish(),
  updated_at: z.number().int().nonnegative().nullish(),
});
export type ClerkUser = z.output<typeof clerkUserSchema>;

export const clerkDeletedUserSchema = z.object({ id: z.string().min(1).max(200) });

/** The primary email address of a Clerk user (null when it has none that fits). */
export function primaryEmail(user: ClerkUser): string | null {
  const primary =
    user.email_addresses.find((e) => e.id === user.primary_email_address_id) ??
    (user.primary_email_address_id ? undefined : user.email_addresses[0]);
  const address = primary?.email_address.trim();
  return address && address.length <= 320 ? address : null;
}
