import type postgres from 'postgres';

/**
 * Bulk seeding for the benchmark, in SQL (generate_series): one large account
 * (100 000 contacts, 20 000 tasks, 50 000 invoices × 5 items, 1 000 000
 * transactions at scale 1) and nine small ones. Runs as the database owner
 * with triggers off (session_replication_role = replica), so the rows it
 * writes are made consistent by construction: invoice totals are the sums of
 * their items and paid invoices carry exactly one payment of their total; the
 * day totals the dashboard reads are rebuilt from the transactions at the end.
 */

const FIRST = `array['Ada','Grace','Alan','Katherine','Linus','Margaret','Dennis','Barbara','Ken','Frances','Edsger','Radia','Tim','Hedy','John','Annie','Donald','Sophie','Guido','Yukihiro']`;
const LAST = `array['Lovelace','Hopper','Turing','Johnson','Torvalds','Hamilton','Ritchie','Liskov','Thompson','Allen','Dijkstra','Perlman','Berners-Lee','Lamarr','McCarthy','Easley','Knuth','Wilson','van Rossum','Matsumoto']`;

/** unit price of item k of invoice g, in dollars (exact numeric) */
const PRICE = (g: string, k: string) => `(((${g}) * 7 + (${k}) * 13) % 50000 + 100) / 100.0`;

async function seedAccount(
  sql: postgres.Sql,
  userId: string,
  n: { contacts: number; tasks: number; invoices: number; transactions: number },
): Promise<void> {
  await sql.unsafe(
    `insert into contacts (workspace_id, first_name, last_name, email, phone, company, status, created_at, updated_at)
     select $1, (${FIRST})[1 + g % 20], (${LAST})[1 + (g / 20) % 20], 'contact' || g || '@example.com',
            '+1 555 ' || lpad((g % 10000)::text, 4, '0'), 'Company ' || (g % 7919),
            (array['lead','active','customer','inactive'])[1 + g % 4],
            now() - make_interval(mins => g), now() - make_interval(mins => g)
       from generate_series(1, $2::int) g`,
    [userId, n.contacts],
  );
  await sql.unsafe(
    `with c as (select id, row_number() over (order by id) as rn from contacts where workspace_id = $1)
     insert into tasks (workspace_id, contact_id, title, due_date, status, priority, created_at, updated_at)
     select $1, c.id, (array['Call','Email','Send proposal to','Follow up with','Prepare invoice for'])[1 + g % 5] || ' client ' || g,
            now() + make_interval(days => (g % 120) - 60),
            (array['pending','in_progress','completed','cancelled'])[1 + g % 4],
            (array['low','medium','high'])[1 + g % 3],
            now() - make_interval(mins => g), now() - make_interval(mins => g)
       from generate_series(1, $2::int) g join c on c.rn = 1 + (g % $3::int)`,
    [userId, n.tasks, n.contacts],
  );
  await sql.unsafe(
    `with c as (select id, row_number() over (order by id) as rn from contacts where workspace_id = $1),
          inv as (
            select g, (array['draft','sent','paid','paid','cancelled'])[1 + g % 5] as status,
                   current_date - (g % 730) as issue,
                   (select sum(k * ${PRICE('g', 'k')}) from generate_series(1, 5) k)::numeric(14,2) as total
              from generate_series(1, $2::int) g)
     insert into invoices (workspace_id, contact_id, invoice_number, status, issue_date, due_date, currency, subtotal,
                           discount_amount, tax_amount, total_amount, amount_paid, sent_at, paid_at, created_at, updated_at)
     select $1, c.id, 'B-' || lpad(inv.g::text, 6, '0'), inv.status, inv.issue, inv.issue + 14, 'USD', inv.total,
            0, 0, inv.total, case when inv.status = 'paid' then inv.total else 0 end,
            case when inv.status in ('sent','paid') then inv.issue::timestamptz end,
            case when inv.status = 'paid' then (inv.issue + 7)::timestamptz end,
            inv.issue::timestamptz, inv.issue::timestamptz
       from inv join c on c.rn = 1 + (inv.g % $3::int)`,
    [userId, n.invoices, n.contacts],
  );
  await sql.unsafe(
    `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total, position)
     select i.workspace_id, i.id, 'Work package ' || k, k, p.price, k * p.price, k
       from invoices i
       cross join generate_series(1, 5) k
       cross join lateral (select ${PRICE('substring(i.invoice_number from 3)::int', 'k')}::numeric(14,2) as price) p
      where i.workspace_id = $1`,
    [userId],
  );
  await sql.unsafe(
    `insert into transactions (workspace_id, type, amount, category, description, date, created_at, updated_at)
     select $1, case when g % 10 < 6 then 'income' else 'expense' end, ((g * 37) % 200000 + 100) / 100.0,
            case when g % 10 < 6 then (array['Sales','Consulting','Licensing'])[1 + g % 3]
                 else (array['Rent','Software','Travel','Hosting','Office','Marketing','Taxes'])[1 + g % 7] end,
            (array['Monthly hosting','Client payment','Coffee with client','Office rent','Conference ticket'])[1 + g % 5] || ' #' || g,
            current_date - (g % 1095), now() - make_interval(secs => g), now() - make_interval(secs => g)
       from generate_series(1, $2::int) g`,
    [userId, n.transactions],
  );
  await sql.unsafe(
    `insert into transactions (workspace_id, type, amount, category, description, date, invoice_id)
     select workspace_id, 'income', total_amount, 'Sales', 'Payment of ' || invoice_number, issue_date + 7, id
       from invoices where workspace_id = $1 and status = 'paid' and total_amount > 0`,
    [userId],
  );
  // what the triggers on transactions would have kept (they are off here)
  await sql.unsafe(`select app.rebuild_transaction_day_totals($1)`, [userId]);
  // …and their sums over every date (docs/decisions/0179; their triggers are off too)
  await sql.unsafe(`select app.rebuild_transaction_totals($1)`, [userId]);
  // …and the lists' row counts (docs/decisions/0153)
  await sql.unsafe(`select app.rebuild_list_counts($1)`, [userId]);
  // …and the dashboard's summaries (docs/decisions/0174)
  await sql.unsafe(`select app.rebuild_dashboard_summaries($1)`, [userId]);
}

export async function seedSql(sql: postgres.Sql, ownerId: string, smallIds: string[], scale: number): Promise<Record<string, number>> {
  const big = {
    contacts: Math.max(100, Math.round(100_000 * scale)),
    tasks: Math.max(50, Math.round(20_000 * scale)),
    invoices: Math.max(20, Math.round(50_000 * scale)),
    transactions: Math.max(500, Math.round(1_000_000 * scale)),
  };
  await sql.unsafe(`set session_replication_role = replica`, []);
  try {
    await seedAccount(sql, ownerId, big);
    for (const id of smallIds) await seedAccount(sql, id, { contacts: 100, tasks: 50, invoices: 20, transactions: 500 });
  } finally {
    await sql.unsafe(`set session_replication_role = origin`, []);
  }
  await sql.unsafe(`vacuum (analyze)`, []);
  const rows: Record<string, number> = {};
  for (const table of ['contacts', 'tasks', 'invoices', 'invoice_items', 'transactions']) {
    const [row] = (await sql.unsafe(`select count(*)::int as n from ${table}`, [])) as { n: number }[];
    rows[table] = row!.n;
  }
  return rows;
}
