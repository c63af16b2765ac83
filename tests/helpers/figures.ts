import fs from 'node:fs';
import path from 'node:path';

/**
 * Figures the security tests measure (attempts refused, fuzz cases run,
 * writes checked after a crash). Each is written to its own file under
 * test-results/figures/; `scripts/security-report.mjs` puts them into the
 * README's Security section after a run.
 */
const DIR = path.resolve(import.meta.dirname, '../../test-results/figures');

export function recordFigure(key: string, value: number, label: string): void {
  fs.mkdirSync(DIR, { recursive: true });
  const file = path.join(DIR, `${key.replace(/[^\w.-]/g, '_')}.json`);
  fs.writeFileSync(file, JSON.stringify({ key, value, label, at: new Date().toISOString() }));
}
