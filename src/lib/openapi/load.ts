import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RouteModule } from './generate';

/** Where the committed document lives (written by `npm run openapi`, served by GET /api/openapi.json). */
export const DOCUMENT_FILE = 'src/lib/openapi/openapi.json';

/** Every `route.ts` under `<root>/src/app/api`, imported (for the generator and its test, never in the app). */
export async function loadRouteModules(root: string): Promise<RouteModule[]> {
  const api = path.join(root, 'src/app/api');
  const files = (readdirSync(api, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f === 'route.ts' || f.endsWith('/route.ts'))
    .sort();
  const modules: RouteModule[] = [];
  for (const file of files) {
    modules.push({ file, module: (await import(pathToFileURL(path.join(api, file)).href)) as Record<string, unknown> });
  }
  return modules;
}

/** The document as committed: two-space JSON and a final newline. */
export function serialise(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
