import { describe, expect, it } from 'vitest';
import { zodDetails } from '@/lib/validation';
import { apiKeyCreateSchema } from './schema';
import { expiryOf } from './service';

const problems = (body: unknown) => {
  const parsed = apiKeyCreateSchema.safeParse(body);
  return parsed.success ? {} : zodDetails(parsed.error);
};

describe('a new API key', () => {
  it('takes read, read+write and read+write+write:direct', () => {
    for (const scopes of [['read'], ['read', 'write'], ['write', 'read', 'write:direct']]) {
      expect(apiKeyCreateSchema.safeParse({ name: 'Zapier', scopes }).success, scopes.join()).toBe(true);
    }
  });

  it('refuses scopes without read, direct writes without write, repeats and unknown scopes', () => {
    expect(problems({ name: 'x', scopes: ['write'] })).toHaveProperty('scopes');
    expect(problems({ name: 'x', scopes: ['read', 'write:direct'] })).toHaveProperty('scopes');
    expect(problems({ name: 'x', scopes: ['read', 'read'] })).toHaveProperty('scopes');
    expect(problems({ name: 'x', scopes: ['read', 'admin'] })).toHaveProperty(['scopes.1']);
    expect(problems({ name: 'x', scopes: [] })).toHaveProperty('scopes');
    expect(problems({ name: ' ', scopes: ['read'] })).toHaveProperty('name');
    expect(problems({ name: 'x', scopes: ['read'], key: 'lk_' })).toHaveProperty('key');
  });

  it('expires at a timestamp as given, or after the given day in the workspace’s time zone', () => {
    expect(expiryOf(undefined, 'UTC')).toBeNull();
    expect(expiryOf(null, 'UTC')).toBeNull();
    expect(expiryOf('2027-01-05T10:00:00.000Z', 'Europe/Berlin')?.toISOString()).toBe('2027-01-05T10:00:00.000Z');
    expect(expiryOf('2027-01-05', 'UTC')?.toISOString()).toBe('2027-01-06T00:00:00.000Z');
    expect(expiryOf('2027-01-05', 'Europe/Berlin')?.toISOString()).toBe('2027-01-05T23:00:00.000Z');
  });
});
