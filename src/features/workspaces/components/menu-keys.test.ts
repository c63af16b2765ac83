import { describe, expect, it } from 'vitest';
import { nextIndex } from './menu-keys';

const labels = ['Personal', 'Acme Ltd', 'Atlas Studio', 'Team settings', 'New workspace'];

describe('nextIndex', () => {
  it('moves with the arrows, wrapping around', () => {
    expect(nextIndex('ArrowDown', 0, labels)).toBe(1);
    expect(nextIndex('ArrowDown', 4, labels)).toBe(0);
    expect(nextIndex('ArrowUp', 0, labels)).toBe(4);
    expect(nextIndex('ArrowDown', -1, labels)).toBe(0);
    expect(nextIndex('ArrowUp', -1, labels)).toBe(4);
  });

  it('jumps to the ends', () => {
    expect(nextIndex('Home', 3, labels)).toBe(0);
    expect(nextIndex('End', 0, labels)).toBe(4);
  });

  it('jumps to the next item starting with a letter, case-insensitively, wrapping', () => {
    expect(nextIndex('a', 0, labels)).toBe(1);
    expect(nextIndex('A', 1, labels)).toBe(2);
    expect(nextIndex('a', 2, labels)).toBe(1);
    expect(nextIndex('n', -1, labels)).toBe(4);
    expect(nextIndex('z', 0, labels)).toBeNull();
  });

  it('ignores other keys and empty menus', () => {
    expect(nextIndex('Enter', 0, labels)).toBeNull();
    expect(nextIndex(' ', 0, labels)).toBeNull();
    expect(nextIndex('ArrowDown', 0, [])).toBeNull();
  });
});
