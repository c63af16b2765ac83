import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/lib/db/schema';
import { pgliteBackend, type SqlBackend } from '../helpers/sql';

/**
 * `src/lib/db/schema.ts` repeats, for the query builder, the tables the SQL
 * migrations create. This test migrates a database and compares the two
 * column by column (name, type with precision, nullability, array), so they
 * cannot drift: a migration that adds or changes a column the code reads must
 * change schema.ts in the same commit. (The migrations may have columns
 * schema.ts leaves out; the reverse fails.)
 */

let db: SqlBackend;
beforeAll(async () => {
  db = await pgliteBackend();
});
afterAll(async () => {
  await db.close();
});

/** information_schema's type of a column, written the way Drizzle writes it. */
function databaseType(row: Record<string, any>): string {
  const array = row.data_type === 'ARRAY';
  const base = array ? String(row.udt_name).replace(/^_/, '') : String(row.udt_name);
  const names: Record<string, string> = {
    int2: 'smallint',
    int4: 'integer',
    int8: 'bigint',
    bool: 'boolean',
    timestamptz: 'timestamp with time zone',
    timestamp: 'timestamp',
    varchar: 'varchar',
  };
  let type = names[base] ?? base;
  if (base === 'bpchar') type = `char(${row.character_maximum_length})`;
  if (base === 'numeric' && row.numeric_precision !== null) type = `numeric(${row.numeric_precision}, ${row.numeric_scale})`;
  if (base === 'timestamptz' && row.datetime_precision !== null && row.datetime_precision !== 6) {
    type = `timestamp (${row.datetime_precision}) with time zone`;
  }
  return array ? `${type}[]` : type;
}

function drizzleType(sqlType: string): string {
  return sqlType.replace(/^numeric\((\d+), ?(\d+)\)/, 'numeric($1, $2)').replace(/\s+/g, ' ');
}

describe('schema.ts and the migrated database', () => {
  it('agree on every column schema.ts declares', async () => {
    const columns = await db.admin(
      `select table_name, column_name, data_type, udt_name, is_nullable, numeric_precision, numeric_scale, datetime_precision, character_maximum_length
         from information_schema.columns where table_schema = 'public'`,
    );
    const inDatabase = new Map(columns.map((c) => [`${c.table_name}.${c.column_name}`, c]));
    const problems: string[] = [];
    let compared = 0;
    for (const table of Object.values(schema) as PgTable[]) {
      const config = getTableConfig(table);
      for (const column of config.columns) {
        const key = `${config.name}.${column.name}`;
        const row = inDatabase.get(key);
        if (!row) {
          problems.push(`${key}: in schema.ts, not in the database`);
          continue;
        }
        compared += 1;
        const expected = databaseType(row);
        const declared = drizzleType(column.getSQLType());
        if (expected !== declared) problems.push(`${key}: database ${expected}, schema.ts ${declared}`);
        const nullable = row.is_nullable === 'YES';
        if (nullable === column.notNull)
          problems.push(`${key}: database ${nullable ? 'nullable' : 'not null'}, schema.ts ${column.notNull ? 'not null' : 'nullable'}`);
      }
    }
    expect(problems).toEqual([]);
    expect(compared).toBeGreaterThan(100);
  });
});
