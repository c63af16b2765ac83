import { describe, expect, it } from 'vitest';
import {
  canonicalLocale,
  canonicalTimeZone,
  clerkUserSchema,
  currencyCode,
  initials,
  primaryEmail,
  userSettingsSchema,
} from './schema';

describe('business settings', () => {
  it('accepts ISO 4217 codes the runtime knows, in any case', () => {
    expect(currencyCode.parse('eur')).toBe('EUR');
    expect(currencyCode.parse(' JPY ')).toBe('JPY');
    for (const bad of ['XYZ', 'EURO', 'E', '€', '']) expect(currencyCode.safeParse(bad).success, bad).toBe(false);
  });

  it('canonicalises IANA time zones and refuses offsets and inventions', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('America/Argentina/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
    expect(canonicalTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    for (const bad of ['+01:00', '-0500', 'Mars/Olympus', 'Europe/Berlin ', '', 'Europe/../etc/passwd']) {
      expect(canonicalTimeZone(bad), bad).toBeNull();
    }
  });

  it('canonicalises BCP 47 locales the runtime can format with', () => {
    expect(canonicalLocale('en-gb')).toBe('en-GB');
    expect(canonicalLocale('de')).toBe('de');
    expect(canonicalLocale('zh-Hant-TW')).toBe('zh-Hant-TW');
    for (const bad of ['en_US', 'english', 'xx-QQ', '', '123']) expect(canonicalLocale(bad), bad).toBeNull();
  });

  it('takes a partial update, and refuses an empty one', () => {
    expect(userSettingsSchema.parse({ payment_terms_days: 30 })).toEqual({ payment_terms_days: 30 });
    expect(userSettingsSchema.safeParse({}).success).toBe(false);
    expect(userSettingsSchema.safeParse({ currency: 'EUR', extra: 1 }).success).toBe(false);
  });

  it('makes initials for an avatar', () => {
    expect(initials('Robin Example')).toBe('RE');
    expect(initials('ada@example.com')).toBe('AE');
    expect(initials('Émile')).toBe('É');
    expect(initials('')).toBe('?');
  });
});

describe('Clerk user payloads', () => {
  const base = { id: 'user_1', updated_at: 1_700_000_000_000 };

  it('picks the primary email address', () => {
    const user = clerkUserSchema.parse({
      ...base,
      email_addresses: [
        { id: 'a', email_address: 'other@example.com' },
        { id: 'b', email_address: 'primary@example.com' },
      ],
      primary_email_address_id: 'b',
    });
    expect(primaryEmail(user)).toBe('primary@example.com');
    expect(primaryEmail(clerkUserSchema.parse({ ...base, email_addresses: [] }))).toBeNull();
    // a primary id that is not in the list is no address at all
    expect(primaryEmail(clerkUserSchema.parse({ ...base, email_addresses: [{ id: 'a', email_address: 'x@y.z' }], primary_email_address_id: 'zzz' }))).toBeNull();
  });

  it('cuts names to size and drops what does not fit, instead of refusing the delivery', () => {
    const user = clerkUserSchema.parse({ ...base, first_name: ` ${'é'.repeat(250)} `, last_name: '', image_url: 'http://insecure.example/a.png' });
    expect([...user.first_name!]).toHaveLength(200);
    expect(user.last_name).toBeNull();
    expect(user.image_url).toBeNull();
  });

  it('refuses a user without an id, and values of the wrong type', () => {
    expect(clerkUserSchema.safeParse({ updated_at: 1 }).success).toBe(false);
    expect(clerkUserSchema.safeParse({ ...base, first_name: 42 }).success).toBe(false);
    expect(clerkUserSchema.safeParse({ ...base, updated_at: 'yesterday' }).success).toBe(false);
  });
});
