import { Plus, Repeat } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { FREQUENCY_LABELS, recurringListQuerySchema } from '@/features/recurring/schema';
import { listRecurring } from '@/features/recurring/service';
import { ReadOnlyNote } from '@/features/workspaces/components/workspace-role';
import { canWrite } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';
import { formatCalendarDate } from '@/lib/time';

export const metadata: Metadata = { title: 'Recurring invoices' };

export default async function RecurringPage() {
  const { profiles, user } = await asPageUser(async (tx, u) => ({
    profiles: (await listRecurring(tx, u, recurringListQuerySchema.parse({ limit: '200', sort: 'next_date' }))).data,
    user: u,
  }));
  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Recurring invoices</h1>
        {canWrite(user.role) ? (
          <Button asChild>
            <Link href="/recurring/new">
              <Plus aria-hidden /> New recurring invoice
            </Link>
          </Button>
        ) : null}
      </div>
      <ReadOnlyNote />
      {profiles.length === 0 ? (
        <div className="grid place-items-center gap-2 rounded-lg border border-dashed p-10 text-center text-muted-foreground">
          <Repeat className="size-6" aria-hidden />
          <p>No recurring invoices yet: a retainer or a subscription is invoiced here on its own schedule.</p>
        </div>
      ) : (
        <Table aria-label="Recurring invoices">
          <TableHeader>
            <TableRow>
              <TableHead>Client</TableHead>
              <TableHead>Frequency</TableHead>
              <TableHead>Next invoice</TableHead>
              <TableHead>Made</TableHead>
              <TableHead>Status</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {profiles.map((p) => (
              <TableRow key={p.id}>
                <TableCell>
                  <Link href={`/recurring/${p.id}`} className="font-medium hover:underline">
                    {p.contact_name ?? 'Client'}
                  </Link>
                  <p className="truncate text-xs text-muted-foreground">{p.items.map((i) => i.description).join(', ')}</p>
                </TableCell>
                <TableCell>{FREQUENCY_LABELS[p.frequency]}</TableCell>
                <TableCell>{p.next_date ? formatCalendarDate(p.next_date, user.locale) : 'Ended'}</TableCell>
                <TableCell className="tabular-nums">{p.generated_count}</TableCell>
                <TableCell>
                  <Badge tone={p.status === 'active' ? 'green' : 'neutral'}>{p.status === 'active' ? 'Active' : 'Paused'}</Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
