import { startPostgres } from './helpers/postgres';
import { createDatabase } from './helpers/database';
import { pgliteBackend } from './helpers/sql';
const server = await startPostgres();
try {
  await createDatabase(server.adminUrl);
  console.log('pg ok');
} catch (e) {
  console.log('PG FAIL', (e as Error).message, (e as any).where ?? '');
}
await server.stop();
try {
  const b = await pgliteBackend();
  console.log('pglite ok');
  await (b as any).close?.();
} catch (e) {
  console.log('PGLITE FAIL', (e as Error).message);
}
