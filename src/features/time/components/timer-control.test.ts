import { describe, expect, it } from 'vitest';
import { elapsed } from './timer-control';

describe('elapsed', () => {
  it('shows hours, minutes and seconds', () => {
    expect(elapsed(0)).toBe('0:00:00');
    expect(elapsed(59.9)).toBe('0:00:59');
    expect(elapsed(3661)).toBe('1:01:01');
    expect(elapsed(-3)).toBe('0:00:00');
  });
});
