import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileErrors, validate } from '@readme/openapi-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, collectOperations, openApiPath, type RouteModule } from '@/lib/openapi/generate';
import { DOCUMENT_FILE, loadRouteModules, serialise } from '@/lib/openapi/load';

/**
 * The committed API description against the route files: every method a route
 * file serves is in it with a summary, the document is what `npm run openapi`
 * writes now (not stale), and it is valid OpenAPI 3.1.
 */

const root = path.resolve(import.meta.dirname, '../..');
let modules: RouteModule[];

beforeAll(async () => {
  modules = await loadRouteModules(root);
}, 120_000);

function committed(): string {
  return readFileSync(path.join(root, DOCUMENT_FILE), 'utf8');
}

describe('the API description', () => {
  it('describes every method of every route file (a handler without a route config is refused)', () => {
    const { operations, undescribed } = collectOperations(modules);
    expect(undescribed, 'use route(), publicRoute(), routeWithoutTransaction() or describedRoute() for these').toEqual([]);
    const files = modules.map((m) => openApiPath(m.file)).filter((p): p is string => p !== null);
    expect(files.length).toBeGreaterThan(80);
    const documented = new Set(operations.map((op) => op.path));
    expect(files.filter((p) => !documented.has(p))).toEqual([]);
  });

  it('gives every operation a one-sentence summary', () => {
    const { operations } = collectOperations(modules);
    const missing = operations.filter((op) => !op.config.summary?.trim()).map((op) => `${op.method} ${op.path} (${op.config.name})`);
    expect(missing, 'add `summary` to these route configs').toEqual([]);
  });

  it('is committed as generated from the routes now (run `npm run openapi` when this fails)', () => {
    const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
    const fresh = serialise(buildDocument(modules, { version }));
    // compare parsed first for a readable difference, then byte for byte
    expect(JSON.parse(committed()), `${DOCUMENT_FILE} is stale: run \`npm run openapi\` and commit it`).toEqual(JSON.parse(fresh));
    expect(committed() === fresh, `${DOCUMENT_FILE} is stale: run \`npm run openapi\` and commit it`).toBe(true);
  });

  it('is valid OpenAPI 3.1', async () => {
    const document = JSON.parse(committed()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    expect(Object.keys(document.paths)).toContain('/api/contacts');
  });
});
