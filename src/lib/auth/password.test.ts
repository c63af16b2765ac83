import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, passwordProblem, verifyNothing, verifyPassword } from './password';

describe('password hashes', () => {
  it('verifies the right password and nothing else, with a fresh salt each time', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
    expect(needsRehash(a)).toBe(false);
  });
  it('treats equivalent Unicode spellings as one password', async () => {
    const stored = await hashPassword('caf\u00e9 au lait!');
    expect(await verifyPassword('cafe\u0301 au lait!', stored)).toBe(true);
  });
  it('never matches a malformed or cheapened hash', async () => {
    for (const bad of [
      '',
      'plain',
      'scrypt$1$1$1$x$y',
      'scrypt$3$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'bcrypt$...',
    ]) {
      expect(await verifyPassword('anything', bad), bad).toBe(false);
    }
    expect(needsRehash('scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBe(true);
    expect(await verifyNothing('x')).toBe(false);
  });
  it('says what is wrong with a weak password', () => {
    expect(passwordProblem('short')).toMatch(/at least 10/);
    expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/repeated/);
    expect(passwordProblem('Owner@Example.com', 'owner@example.com')).toMatch(/email/);
    expect(passwordProblem('x'.repeat(201))).toMatch(/at most 200/);
    expect(passwordProblem('a long enough passphrase')).toBeNull();
  });
});
