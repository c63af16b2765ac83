import { describe, expect, it } from 'vitest';
import { SAMPLE_JPEG, samplePng } from '@/lib/pdf/sample-images';
import {
  canonicalLocale,
  canonicalTimeZone,
  clerkUserSchema,
  currencyCode,
  initials,
  logoUploadSchema,
  MAX_LOGO_BYTES,
  missingBusinessDetails,
  nextNumberWithPrefix,
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

  it('keeps payment instructions as free text, trimmed, at most 2000 characters', () => {
    expect(userSettingsSchema.parse({ payment_instructions: '  IBAN DE89 3704 0044\nor https://pay.example/you  ' })).toEqual({
      payment_instructions: 'IBAN DE89 3704 0044\nor https://pay.example/you',
    });
    expect(userSettingsSchema.parse({ payment_instructions: '' })).toEqual({ payment_instructions: null });
    expect(userSettingsSchema.safeParse({ payment_instructions: 'x'.repeat(2001) }).success).toBe(false);
  });

  it('shows the real next invoice number, also while another prefix is typed', () => {
    expect(nextNumberWithPrefix('INV-0006', 'INV-', 'INV-')).toBe('INV-0006');
    expect(nextNumberWithPrefix('INV-0006', 'INV-', 'EDS-')).toBe('EDS-0006');
    expect(nextNumberWithPrefix('INV-12345', 'INV-', '')).toBe('12345');
    expect(nextNumberWithPrefix(undefined, 'INV-', 'EDS-')).toBe('EDS-0001');
  });

  it('says which business details a first send needs: the name, and suggests the rest', () => {
    const none = { business_name: null, business_address: null, payment_instructions: null };
    expect(missingBusinessDetails(none, false)).toEqual({
      required: ['business_name'],
      suggested: ['business_address', 'logo', 'payment_instructions'],
    });
    expect(missingBusinessDetails({ ...none, business_name: 'Nordlicht', business_address: 'Berlin' }, true)).toEqual({
      required: [],
      suggested: ['payment_instructions'],
    });
  });

  it('takes a logo as base64 or a data URL, checked by its bytes and size', () => {
    const png = samplePng({ width: 240, height: 80 });
    const parsed = logoUploadSchema.parse({ image: png.toString('base64') });
    expect(parsed.image).toMatchObject({ content_type: 'image/png', width: 240, height: 80 });
    expect(Buffer.from(parsed.image.bytes).equals(png)).toBe(true);
    expect(logoUploadSchema.parse({ image: `data:image/jpeg;base64,${SAMPLE_JPEG.toString('base64')}` }).image.content_type).toBe(
      'image/jpeg',
    );
    // a PNG that says it is a JPEG is still a PNG: the bytes decide
    expect(logoUploadSchema.parse({ image: `data:image/jpeg;base64,${png.toString('base64')}` }).image.content_type).toBe('image/png');

    const problem = (image: unknown) => {
      const result = logoUploadSchema.safeParse({ image });
      return result.success ? null : result.error.issues[0]?.message;
    };
    expect(problem(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1').toString('base64'))).toBe('must be a PNG or JPEG image');
    expect(problem('%%% not base64')).toBe('must be the image as base64 text');
    expect(problem(42)).toBe('must be the image as base64 text');
    const big = Buffer.concat([png, Buffer.alloc(MAX_LOGO_BYTES)]);
    expect(problem(big.toString('base64'))).toMatch(/^must be at most 200 KB \(this one is \d+ KB\)$/);
    expect(problem(samplePng({ width: 2400, height: 10 }).toString('base64'))).toBe('must be at most 2000 × 2000 pixels');
    expect(logoUploadSchema.safeParse({ image: png.toString('base64'), name: 'logo.png' }).success).toBe(false);
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
    expect(
      primaryEmail(
        clerkUserSchema.parse({ ...base, email_addresses: [{ id: 'a', email_address: 'x@y.z' }], primary_email_address_id: 'zzz' }),
      ),
    ).toBeNull();
  });

  it('cuts names to size and drops what does not fit, instead of refusing the delivery', () => {
    const user = clerkUserSchema.parse({
      ...base,
      first_name: ` ${'é'.repeat(250)} `,
      last_name: '',
      image_url: 'http://insecure.example/a.png',
    });
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
