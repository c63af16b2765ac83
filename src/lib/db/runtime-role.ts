import type { RawExecutor } from './client';

/**
 * The app's own database role must not be able to get around row level
 * security (docs/decisions/0081-runtime-database-role.md): on a real
 * PostgreSQL server, the role of DATABASE_URL — and every role it may switch
 * to — must be neither a superuser nor BYPASSRLS, and must own nothing in the
 * database's schemas (an owner can disable RLS, drop policies, or grant itself
 * anything). Migrations run as the owner, through DATABASE_MIGRATION_URL.
 * PGlite is a single superuser by design and is not checked.
 */

/** The role the migrations create for the app (supabase/migrations/*_runtime_role.sql). */
export const RUNTIME_ROLE = 'ledgerly_app';

/** The schemas whose objects the app's role must not own: every one but the system's. */
const USER_SCHEMA = `n.nspname not in ('pg_catalog', 'information_schema') and n.nspname !~ '^pg_(toast|temp)'`;

export class RuntimeRoleError extends Error {
  constructor(public readonly problems: string[]) {
    super(problems.join(' '));
    this.name = 'RuntimeRoleError';
  }
}

interface Checkable {
  kind: 'pglite' | 'postgres';
  rawTransaction<T>(fn: (tx: RawExecutor) => Promise<T>): Promise<T>;
}

/** What is wrong with the connecting role, one sentence each (none: it can act only through RLS). */
export async function runtimeRoleProblems(driver: Checkable): Promise<string[]> {
  if (driver.kind !== 'postgres') return [];
  return driver.rawTransaction(async (tx) => {
    const fix = `connect the app as ${RUNTIME_ROLE} (README → Production) and keep the owner for DATABASE_MIGRATION_URL.`;
    const [me] = await tx.query<{ name: string; superuser: boolean; bypassrls: boolean }>(
      'select rolname as name, rolsuper as superuser, rolbypassrls as bypassrls from pg_roles where rolname = session_user',
    );
    const name = me?.name ?? 'the DATABASE_URL role';
    if (me?.superuser) {
      return [`DATABASE_URL connects as ${name}, a superuser, which bypasses row level security: ${fix}`];
    }
    const problems: string[] = [];
    if (me?.bypassrls) {
      problems.push(`DATABASE_URL connects as ${name}, which has BYPASSRLS and so ignores row level security: ${fix}`);
    }
    const privileged = await tx.query<{ name: string; superuser: boolean }>(
      `select rolname as name, rolsuper as superuser from pg_roles
        where rolname <> session_user and (rolsuper or rolbypassrls) and pg_has_role(session_user, oid, 'member')
        order by rolname`,
    );
    for (const role of privileged) {
      problems.push(
        `DATABASE_URL connects as ${name}, which may switch to ${role.name} (${role.superuser ? 'a superuser' : 'BYPASSRLS'}) and so bypass row level security: revoke that membership, or ${fix}`,
      );
    }
    const owned = await tx.query<{ object: string; total: number }>(
      `with owned as (
         select format('schema %I', n.nspname) as object
           from pg_namespace n
          where ${USER_SCHEMA} and pg_has_role(session_user, n.nspowner, 'member')
         union all
         select format('%s %I.%I', case c.relkind when 'S' then 'sequence' when 'v' then 'view' else 'table' end,
                       n.nspname, c.relname)
           from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where ${USER_SCHEMA} and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
            and pg_has_role(session_user, c.relowner, 'member')
         union all
         select format('function %I.%I', n.nspname, p.proname)
           from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where ${USER_SCHEMA} and pg_has_role(session_user, p.proowner, 'member')
       )
       select object, (count(*) over ())::int as total from owned order by object limit 3`,
    );
    if (owned.length > 0) {
      const total = owned[0]!.total;
      const list = owned.map((o) => o.object).join(', ');
      problems.push(
        `DATABASE_URL connects as ${name}, which owns ${list}${total > owned.length ? ` and ${total - owned.length} more` : ''} (an owner can switch row level security off): ${fix}`,
      );
    }
    return problems;
  });
}
