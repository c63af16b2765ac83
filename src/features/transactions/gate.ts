/**
 * At most `slots` pieces of work at once; the others wait in order. The exact
 * totals of a searched ledger read every matching transaction (hundreds of
 * milliseconds for a frequent term in a large ledger): waiting for a slot
 * before taking a pooled connection keeps the rest of the pool for every
 * other request (docs/decisions/0176-searched-ledger-totals.md).
 */
export interface Gate {
  run<T>(work: () => Promise<T>): Promise<T>;
  /** pieces of work running, and waiting (for tests and logs) */
  readonly running: number;
  readonly waiting: number;
}

export function createGate(slots: number): Gate {
  if (!Number.isInteger(slots) || slots < 1) throw new RangeError('a gate needs at least one slot');
  let running = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else running -= 1;
  };
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (running < slots) running += 1;
      // the slot is handed over by release(): `running` stays the same
      else await new Promise<void>((resolve) => queue.push(resolve));
      try {
        return await work();
      } finally {
        release();
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}
