// Puts the figures the security tests measured (test-results/figures/*.json)
// into docs/security.md (linked from the README's Security section), between
// its markers. Run by `npm test`
// after the test steps; a figure that was not measured in this run is kept
// out rather than copied from an earlier one.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve('test-results/figures');
const readme = path.resolve('docs/security.md');
const start = '<!-- security-figures:start -->';
const end = '<!-- security-figures:end -->';

const figures = fs.existsSync(dir)
  ? fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')))
      .sort((a, b) => a.key.localeCompare(b.key))
  : [];

const text = fs.readFileSync(readme, 'utf8');
if (!text.includes(start) || !text.includes(end)) {
  console.error('docs/security.md has no security-figures markers');
  process.exit(1);
}
const measured = figures.length ? new Date(Math.max(...figures.map((f) => Date.parse(f.at)))).toISOString().slice(0, 10) : 'never';
const table = [
  `Measured by \`npm test\` on ${measured}:`,
  '',
  '| what | figure |',
  '|---|---|',
  ...figures.map((f) => `| ${f.label} | ${f.value.toLocaleString('en-US')} |`),
].join('\n');
const next = `${text.slice(0, text.indexOf(start) + start.length)}\n${table}\n${text.slice(text.indexOf(end))}`;
if (next !== text) fs.writeFileSync(readme, next);
console.log(`[security] ${figures.length} figures in docs/security.md`);
for (const f of figures) console.log(`  ${f.label}: ${f.value}`);
