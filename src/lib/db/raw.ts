/** What the migration runner needs from a connection. */
export interface RawExecutor {
  exec(sqlText: string): Promise<void>;
  query<R extends Record<string, unknown>>(sqlText: string, params?: unknown[]): Promise<R[]>;
}

type PostgresClient = import('postgres').Sql;
type PgliteClient = Pick<import('@electric-sql/pglite').PGlite, 'transaction'>;

/** A raw transaction on a postgres-js client (migrations). */
export function postgresRawTransaction<T>(client: PostgresClient, fn: (tx: RawExecutor) => Promise<T>): Promise<T> {
  return client.begin((tx) =>
    fn({
      exec: async (text) => {
        await tx.unsafe(text);
      },
      query: async <R extends Record<string, unknown>>(text: string, params?: unknown[]) =>
        (await tx.unsafe(text, params as never[])) as unknown as R[],
    }),
  ) as Promise<T>;
}

/** A raw transaction on PGlite (the server's driver, migrations in tests, the tests' migrated templates). */
export function pgliteRawTransaction<T>(client: PgliteClient, fn: (tx: RawExecutor) => Promise<T>): Promise<T> {
  return client.transaction((tx) =>
    fn({
      exec: async (text) => {
        await tx.exec(text);
      },
      query: async <R extends Record<string, unknown>>(text: string, params?: unknown[]) => (await tx.query<R>(text, params)).rows,
    }),
  );
}
