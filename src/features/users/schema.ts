import { z } from 'zod';
import { personName } from '@/lib/auth/people';
import { decodeBase64, type ImageType, sniffImage } from '@/lib/pdf/image';
import { email, integer, optionalText } from '@/lib/validation';

/** A required email address, lower-cased (sign-in, invitations). */
export const accountEmail = email.refine((v) => v !== null, 'is required').transform((v) => v!.toLowerCase());
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
  /** the token of an invitation to this address: signs up even when sign-up is closed */
  invitation: z
    .string({ error: 'must be the token of an invitation link' })
    .regex(/^[A-Za-z0-9_-]{20,100}$/, 'is not an invitation token')
    .optional(),
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
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 && Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : null;
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

/**
 * The next invoice number with another prefix, as the settings form previews
 * it while the prefix is typed: the account's counter continues whatever the
 * prefix (`INV-0006` → `EDS-0006`).
 */
export function nextNumberWithPrefix(next: string | undefined, savedPrefix: string, prefix: string): string {
  if (!next) return `${prefix}0001`;
  const digits = next.startsWith(savedPrefix) ? next.slice(savedPrefix.length) : next;
  return /^\d+$/.test(digits) ? `${prefix}${digits}` : next;
}

export const userSettingsSchema = z
  .strictObject({
    business_name: optionalText(200).optional(),
    business_address: optionalText(1000).optional(),
    tax_id: optionalText(100).optional(),
    /** how to pay: bank details, a payment link… (printed on invoices and in their emails) */
    payment_instructions: optionalText(2000).optional(),
    currency: currencyCode.optional(),
    invoice_prefix: invoicePrefix.optional(),
    /** the credit note series (docs/decisions/0115-credit-notes.md) */
    credit_note_prefix: invoicePrefix.optional(),
    payment_terms_days: integer({ min: 0, max: 365 }).optional(),
    time_zone: timeZone.optional(),
    locale: locale.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one setting to change', path: [] });
export type UserSettingsUpdate = z.output<typeof userSettingsSchema>;

/** Fields of the user row a client never sets here (identity comes from sign-in / Clerk). */
export const USER_READ_ONLY = ['id', 'clerk_id', 'email', 'first_name', 'last_name', 'image_url', 'created_at', 'updated_at'] as const;

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
  payment_instructions: string | null;
  currency: string;
  invoice_prefix: string;
  credit_note_prefix: string;
  payment_terms_days: number;
  time_zone: string;
  locale: string;
  /** days after the due date on which overdue invoices get a reminder ([] = off) */
  invoice_reminder_days: number[];
  created_at: Date;
  updated_at: Date;
  /** the workspace these business settings belong to, and the person's role in it */
  workspace: { id: string; name: string; role: 'owner' | 'admin' | 'member' | 'viewer'; personal: boolean };
}

// ---------------------------------------------------------------------------
// Business details asked for before the first invoice email
// (docs/decisions/0091-business-details-before-first-send.md)
// ---------------------------------------------------------------------------

type BusinessFields = Pick<UserProfile, 'business_name' | 'business_address' | 'payment_instructions'>;

/** The details an invoice email needs and the account lacks: `business_name` is required, the others are suggested. */
export function missingBusinessDetails(user: BusinessFields, hasLogo: boolean): { required: string[]; suggested: string[] } {
  const suggested = [
    user.business_address ? null : 'business_address',
    hasLogo ? null : 'logo',
    user.payment_instructions ? null : 'payment_instructions',
  ].filter((v): v is string => v !== null);
  return { required: user.business_name ? [] : ['business_name'], suggested };
}

export const BUSINESS_DETAIL_LABELS: Record<string, string> = {
  business_name: 'business name',
  business_address: 'address',
  logo: 'logo',
  payment_instructions: 'payment instructions',
};

/** The business logo: a small PNG or JPEG, checked by its bytes (not its name or declared type). */
export const MAX_LOGO_BYTES = 200 * 1024;
export const MAX_LOGO_SIDE = 2000;

export interface LogoUpload {
  bytes: Uint8Array;
  content_type: ImageType;
  width: number;
  height: number;
}

export const logoUploadSchema = z.strictObject({
  /** the image file, base64-encoded (a `data:image/png;base64,…` URL is fine too) */
  image: z.string({ error: 'must be the image as base64 text' }).transform((text, ctx): LogoUpload => {
    const bytes = decodeBase64(text);
    if (!bytes) {
      ctx.addIssue({ code: 'custom', message: 'must be the image as base64 text' });
      return z.NEVER;
    }
    if (bytes.length > MAX_LOGO_BYTES) {
      ctx.addIssue({
        code: 'custom',
        message: `must be at most ${MAX_LOGO_BYTES / 1024} KB (this one is ${Math.ceil(bytes.length / 1024)} KB)`,
      });
      return z.NEVER;
    }
    const info = sniffImage(bytes);
    if (!info) {
      ctx.addIssue({ code: 'custom', message: 'must be a PNG or JPEG image' });
      return z.NEVER;
    }
    if (info.width > MAX_LOGO_SIDE || info.height > MAX_LOGO_SIDE) {
      ctx.addIssue({ code: 'custom', message: `must be at most ${MAX_LOGO_SIDE} × ${MAX_LOGO_SIDE} pixels` });
      return z.NEVER;
    }
    return { bytes, content_type: info.type, width: info.width, height: info.height };
  }),
});

/** The stored logo, as the API describes it (the image itself: GET /api/invoices/settings/logo). */
export interface LogoInfo {
  content_type: ImageType;
  size: number;
  width: number;
  height: number;
  updated_at: Date;
}

export function displayName(user: Pick<UserProfile, 'first_name' | 'last_name' | 'email'>): string {
  return personName(user) || 'Your account';
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

/** Text from Clerk, trimmed and cut to `max` characters (null when empty). */
export const clerkText = (max: number) =>
  z
    .string()
    .nullish()
    .transform((v) => {
      const trimmed = v?.trim();
      return trimmed ? [...trimmed].slice(0, max).join('') : null;
    });

/** An image URL from Clerk: https only, and one that fits (otherwise none). */
export const clerkImageUrl = z
  .string()
  .nullish()
  .transform((v) => (v && v.length <= 2000 && /^https:\/\//.test(v) ? v : null));

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
  first_name: clerkText(200),
  last_name: clerkText(200),
  image_url: clerkImageUrl,
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
