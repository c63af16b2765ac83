/**
 * Writes the API description (src/lib/openapi/openapi.json) from the route
 * files: `npm run openapi`. Run it after adding or changing a route; the test
 * tests/integration/openapi-document.test.ts fails while the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDocument, collectOperations } from '@/lib/openapi/generate';
import { DOCUMENT_FILE, loadRouteModules, serialise } from '@/lib/openapi/load';

const root = path.resolve(import.meta.dirname, '..');
const modules = await loadRouteModules(root);
const { operations, undescribed } = collectOperations(modules);
const missing = operations.filter((op) => !op.config.summary).map((op) => `${op.method} ${op.path} (${op.config.name})`);
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
writeFileSync(path.join(root, DOCUMENT_FILE), serialise(buildDocument(modules, { version })));
process.stdout.write(`${DOCUMENT_FILE}: ${operations.length} operations\n`);
for (const line of undescribed) process.stderr.write(`not described (no route config): ${line}\n`);
for (const line of missing) process.stderr.write(`no summary: ${line}\n`);
process.exit(undescribed.length + missing.length > 0 ? 1 : 0);
