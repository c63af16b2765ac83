import type { TestProject } from 'vitest/node';
import { removeCreatedDataDirs, startApp, type AppServer } from '../helpers/app';
import { createDatabase } from '../helpers/database';
import { startPostgres, type PgServer } from '../helpers/postgres';

/**
 * The app twice, built once: on PGlite (the embedded default) and on a real
 * PostgreSQL server, connected as a role that can only act through RLS.
 * API tests run against both.
 */
let server: PgServer | undefined;
const apps: AppServer[] = [];

export default async function setup(project: TestProject) {
  server = await startPostgres();
  const db = await createDatabase(server.adminUrl, 'api');
  const [pglite, pg] = await Promise.all([startApp(), startApp({ DATABASE_URL: db.appUrl, DATABASE_POOL_SIZE: '10' })]);
  apps.push(pglite, pg);
  project.provide('pgAdminUrl', server.adminUrl);
  project.provide('backends', [
    { name: 'pglite', url: pglite.url, dataDir: pglite.dataDir },
    { name: 'postgres', url: pg.url, dataDir: pg.dataDir, adminUrl: db.adminUrl },
  ]);
  return async () => {
    await Promise.all(apps.map((a) => a.stop()));
    removeCreatedDataDirs();
    await server?.stop();
  };
}

export interface Backend {
  name: 'pglite' | 'postgres';
  url: string;
  dataDir: string;
  adminUrl?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    backends: Backend[];
  }
}
