import { describe, expect, it } from 'vitest';
import { bearerApiKey, cappedRole, generateApiKey, hashApiKey, looksLikeApiKey } from './api-keys';

describe('API keys', () => {
  it('makes keys of 256 random bits with a visible prefix, kept as their sha-256', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.key).toMatch(/^lk_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(a.key.slice(3, 11)).toBe(a.prefix);
    expect(a.hash).toBe(hashApiKey(a.key));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.key).not.toBe(a.key);
    expect(b.hash).not.toBe(a.hash);
    expect(looksLikeApiKey(a.key)).toBe(true);
  });

  it('avoids the prefixes Clerk takes for its own machine tokens', () => {
    for (const clerk of ['ak_', 'mt_', 'oat_', 'm2m_']) expect(generateApiKey().key.startsWith(clerk)).toBe(false);
  });

  it('reads only our keys from the Authorization header', () => {
    const { key } = generateApiKey();
    expect(bearerApiKey(new Headers({ authorization: `Bearer ${key}` }))).toBe(key);
    expect(bearerApiKey(new Headers({ authorization: `bearer  ${key} ` }))).toBe(key);
    expect(bearerApiKey(new Headers({ authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig' }))).toBeNull();
    expect(bearerApiKey(new Headers({ authorization: `Basic ${key}` }))).toBeNull();
    expect(bearerApiKey(new Headers())).toBeNull();
    expect(looksLikeApiKey('lk_short')).toBe(false);
    expect(looksLikeApiKey(`${key}x`)).toBe(false);
  });

  it('caps a read-only key to a viewer and leaves a writing key its creator’s role', () => {
    expect(cappedRole('owner', ['read'])).toBe('viewer');
    expect(cappedRole('admin', ['read', 'write'])).toBe('admin');
    expect(cappedRole('viewer', ['read', 'write', 'write:direct'])).toBe('viewer');
  });
});
