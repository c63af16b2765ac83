import { Landmark } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { BankAccountForm } from '@/features/bank/components/bank-account-form';
import { BankLinesReview } from '@/features/bank/components/bank-lines-review';
import { AutoAccept, BankRules } from '@/features/bank/components/bank-settings';
import { StatementImport } from '@/features/bank/components/statement-import';
import { LINE_STATUSES, lineListQuerySchema } from '@/features/bank/schema';
import { lineCounts, listAccounts, listLines, listRules, openInvoiceChoices } from '@/features/bank/service';
import { usedCategories } from '@/features/transactions/service';
import { ReadOnlyNote } from '@/features/workspaces/components/workspace-role';
import { canWrite } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';
import type { SearchParams } from '@/lib/http/list-page';
import { formatMoney } from '@/lib/money';
import { formatCalendarDate } from '@/lib/time';
import { cn } from '@/lib/utils';

export const metadata: Metadata = { title: 'Bank' };

const TABS = [
  ['unmatched', 'Unmatched'],
  ['suggested', 'Suggested'],
  ['matched', 'Matched'],
  ['booked', 'Booked'],
  ['ignored', 'Ignored'],
] as const;

export default async function BankPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const one = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : undefined);
  const status = (LINE_STATUSES as readonly string[]).includes(one('status') ?? '') ? one('status')! : 'suggested';
  const parsed = lineListQuerySchema.safeParse({ status, limit: '200', ...(one('account') ? { bank_account_id: one('account') } : {}) });
  const query = parsed.success ? parsed.data : lineListQuerySchema.parse({ status, limit: '200' });
  const { user, accounts, lines, counts, invoices, categories, rules } = await asPageUser(async (tx, u) => {
    const accounts = await listAccounts(tx, u);
    return {
      user: u,
      accounts,
      lines: (await listLines(tx, u, query)).data,
      counts: await lineCounts(tx, u, query.bank_account_id),
      invoices: await openInvoiceChoices(
        tx,
        u,
        accounts.map((a) => a.currency),
      ),
      categories: [...new Set((await usedCategories(tx, u)).map((c) => c.category))].sort((a, b) => a.localeCompare(b)),
      rules: await listRules(tx, u),
    };
  });
  const writable = canWrite(user.role);
  const money = (amount: string, currency: string) =>
    amount.startsWith('-') ? `−${formatMoney(amount.slice(1), currency, user.locale)}` : formatMoney(amount, currency, user.locale);
  const shown = lines.map((line) => ({
    ...line,
    amount_label: money(line.amount, line.currency),
    date_label: formatCalendarDate(line.date, user.locale),
  }));
  const tabHref = (s: string) => `/bank?status=${s}${query.bank_account_id ? `&account=${query.bank_account_id}` : ''}`;

  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Bank</h1>
        <p className="text-sm text-muted-foreground">Import statements, match payments to invoices, book what went out.</p>
      </div>
      {!writable ? <ReadOnlyNote /> : null}
      <Card>
        <CardHeader>
          <CardTitle>Accounts</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          {accounts.length === 0 ? (
            <EmptyState icon={Landmark} title="No bank account yet" description="Add the account your statements come from." />
          ) : (
            <ul className="grid gap-2 text-sm" aria-label="Bank accounts">
              {accounts.map((a) => (
                <li key={a.id} className="grid gap-1">
                  <div className="flex flex-wrap gap-2">
                    <Link className="font-medium hover:underline" href={`/bank?status=${status}&account=${a.id}`}>
                      {a.name}
                    </Link>
                    <span className="text-muted-foreground">
                      {a.currency}
                      {a.iban ? ` · ${a.iban}` : ''} · {a.line_count} lines · {a.unmatched_count} to review
                    </span>
                  </div>
                  {writable ? <AutoAccept account={a} /> : null}
                </li>
              ))}
            </ul>
          )}
          {writable ? <BankAccountForm currency={user.currency} /> : null}
        </CardContent>
      </Card>
      {writable && accounts.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle>Import a statement</CardTitle>
          </CardHeader>
          <CardContent>
            <StatementImport accounts={accounts.map((a) => ({ id: a.id, name: a.name, csv_mapping: a.csv_mapping }))} />
          </CardContent>
        </Card>
      ) : null}
      <nav aria-label="Line status" className="flex flex-wrap gap-1 border-b">
        {TABS.map(([key, label]) => (
          <Link
            key={key}
            href={tabHref(key)}
            aria-current={key === status ? 'page' : undefined}
            className={cn(
              'rounded-t-md px-3 py-2 text-sm',
              key === status ? 'border-b-2 border-primary font-medium' : 'text-muted-foreground hover:text-foreground',
            )}
          >
            {label} <span data-testid={`count-${key}`}>({counts[key] ?? 0})</span>
          </Link>
        ))}
      </nav>
      {shown.length === 0 ? (
        <p className="text-sm text-muted-foreground">No {status} lines.</p>
      ) : (
        <BankLinesReview lines={shown} invoices={invoices} categories={categories} writable={writable} />
      )}
      {accounts.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle>Category rules</CardTitle>
          </CardHeader>
          <CardContent>
            <BankRules rules={rules} categories={categories} writable={writable} />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
