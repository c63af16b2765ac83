/**
 * Where focus goes in a menu for a key (WAI-ARIA menu pattern): arrows wrap
 * around, Home and End jump to the ends, a letter to the next item starting
 * with it. `at` is the focused item (-1: none); null when the key does not move.
 */
export function nextIndex(key: string, at: number, labels: string[]): number | null {
  const count = labels.length;
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return at < 0 ? 0 : (at + 1) % count;
    case 'ArrowUp':
      return at < 0 ? count - 1 : (at - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
  if (key.length !== 1 || !/\S/.test(key)) return null;
  const letter = key.toLocaleLowerCase();
  for (let step = 1; step <= count; step += 1) {
    const i = (Math.max(at, -1) + step + count) % count;
    if (labels[i]!.trim().toLocaleLowerCase().startsWith(letter)) return i;
  }
  return null;
}
