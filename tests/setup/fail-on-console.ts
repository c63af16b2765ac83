import { afterEach, beforeEach, vi } from 'vitest';

/** A console.error during a test fails it: errors are never noise. */
let calls: unknown[][] = [];

beforeEach(() => {
  calls = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    calls.push(args);
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  if (calls.length > 0) {
    const rendered = calls.map((args) => args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '));
    throw new Error(`console.error was called during the test:\n${rendered.join('\n')}`);
  }
});
