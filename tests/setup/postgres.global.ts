import type { TestProject } from 'vitest/node';
import { createDatabase } from '../helpers/database';
import { startPostgres, type PgServer } from '../helpers/postgres';

/** One PostgreSQL server for the whole run (each suite creates its own databases). */
let server: PgServer | undefined;

export default async function setup(project: TestProject) {
  server = await startPostgres();
  // The server's roles (made by the first migration, shared by every database) exist before
  // two files migrate databases of their own at once (docs/decisions/0220-migrated-pglite-templates.md).
  await createDatabase(server.adminUrl, 'roles');
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
