/** What the migration runner needs from a connection. */
export interface RawExecutor {
  exec(sqlText: string): Promise<void>;
  query<R extends Record<string, unknown>>(sqlText: string, params?: unknown[]): Promise<R[]>;
}

type PostgresClient = import('postgres').Sql;

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
