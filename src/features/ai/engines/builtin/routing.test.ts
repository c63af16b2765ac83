import { describe, expect, it } from 'vitest';
import { rephrase } from './routing';

describe('putting a request no rule read back into verb-first order', () => {
  it('brings a passive or inflected verb to the front, with its object', () => {
    expect(rephrase('the lease reminder should be removed')).toBe('remove the lease reminder');
    expect(rephrase('can the Amara invoice be shown?')).toBe('show the Amara invoice');
    expect(rephrase('the retainer report should be moved to friday')).toBe('move the retainer report to friday');
  });
  it('reads an -ing form as the command', () => {
    expect(rephrase('pulling up lukas brandt please')).toBe('pull up lukas brandt please');
  });
  it('leaves a request without a known verb alone', () => {
    expect(rephrase('the weather in Lisbon')).toBeUndefined();
  });
});
