import type { TestProject } from 'vitest/node';
import { startPostgres, type PgServer } from '../helpers/postgres';

/** One PostgreSQL server for the whole run (each suite creates its own databases). */
let server: PgServer | undefined;

export default async function setup(project: TestProject) {
  server = await startPostgres();
  project.provide('pgAdminUrl', server.adminUrl);
  return async () => {
    await server?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
