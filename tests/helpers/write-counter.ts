import { sql } from 'drizzle-orm';
import { getDriver, selectRows } from '@/lib/db';

/**
 * A count of the rows ever inserted, updated or deleted in `tables` (of schema
 * `public`), kept by row triggers that this test database alone gets: equal
 * before and after a piece of work, or that work wrote to one of them (in any
 * workspace). It counts in the writing transaction, so a write rolled back
 * (a failed statement, a savepoint given up) leaves it as it was, and a
 * committed one that leaves a row as it found it still counts.
 *
 * Reading it is one small select: the same answer as hashing every row of the
 * tables before and after, at a fraction of the cost.
 */
export async function installWriteCounter(tables: string[]): Promise<() => Promise<number>> {
  const { db } = await getDriver();
  await db.execute(sql`create schema if not exists test_writes`);
  await db.execute(sql`create table if not exists test_writes.counter (n bigint not null)`);
  await db.execute(sql`insert into test_writes.counter (n) select 0 where not exists (select 1 from test_writes.counter)`);
  // SECURITY DEFINER: the counter is the owner's, written whatever role the writing transaction has
  await db.execute(
    sql.raw(`create or replace function test_writes.count_row() returns trigger language plpgsql security definer
             set search_path = pg_catalog as $$ begin update test_writes.counter set n = n + 1; return null; end $$`),
  );
  for (const table of tables) {
    if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
    await db.execute(sql.raw(`drop trigger if exists zz_test_writes on public.${table}`));
    await db.execute(
      sql.raw(
        `create trigger zz_test_writes after insert or update or delete on public.${table} for each row execute function test_writes.count_row()`,
      ),
    );
  }
  return async () => {
    const [row] = await selectRows<{ n: string }>(db, sql`select n::text as n from test_writes.counter`);
    return Number(row!.n);
  };
}
