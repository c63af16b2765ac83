import { describe, expect, it } from 'vitest';
import { createGate } from './gate';

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createGate', () => {
  it('runs at most `slots` pieces of work at once, the others in arrival order', async () => {
    const gate = createGate(2);
    const started: number[] = [];
    const blockers = [deferred(), deferred(), deferred(), deferred()];
    const runs = blockers.map((b, i) =>
      gate.run(async () => {
        started.push(i);
        await b.promise;
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect([gate.running, gate.waiting]).toEqual([2, 2]);
    blockers[1]!.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    expect([gate.running, gate.waiting]).toEqual([2, 1]);
    blockers[0]!.resolve();
    blockers[2]!.resolve();
    blockers[3]!.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect([gate.running, gate.waiting]).toEqual([0, 0]);
  });

  it('gives the slot back when the work fails', async () => {
    const gate = createGate(1);
    const failing = deferred();
    const first = gate.run(() => failing.promise);
    const second = gate.run(async () => 'second');
    await tick();
    expect(gate.waiting).toBe(1);
    failing.reject(new Error('statement timeout'));
    await expect(first).rejects.toThrow('statement timeout');
    expect(await second).toBe('second');
    expect([gate.running, gate.waiting]).toEqual([0, 0]);
  });

  it('refuses a gate without a slot', () => {
    expect(() => createGate(0)).toThrow(RangeError);
  });
});
