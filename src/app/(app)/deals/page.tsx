import { Columns3, Download, KanbanSquare, List } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Pager } from '@/components/ui/pager';
import { NativeSelect } from '@/components/ui/select';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { contactNames } from '@/features/contacts/service';
import { contactOptions } from '@/features/invoices/service';
import { DealBoard } from '@/features/deals/components/deal-board';
import { DealFormDialog } from '@/features/deals/components/deal-form-dialog';
import { dealListQuerySchema, type Deal } from '@/features/deals/schema';
import { dealTotals, listDeals, listStages } from '@/features/deals/service';
import { workspaceMembers } from '@/features/workspaces/service';
import { ReadOnlyNote } from '@/features/workspaces/components/workspace-role';
import { canWrite } from '@/features/workspaces/schema';
import { personName } from '@/lib/auth/people';
import { asPageUser } from '@/lib/auth/page';
import { exportHref, listHref, parseListQuery, pickParams, type SearchParams } from '@/lib/http/list-page';
import { addMoney, formatMoney } from '@/lib/money';

export const metadata: Metadata = { title: 'Deals' };

/** The most cards the board shows (the list pages through any number). */
const BOARD_LIMIT = 1000;

export default async function DealsPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const view = pickParams(raw, ['view']).view === 'list' ? 'list' : 'board';
  const wanted = pickParams(raw, ['q', 'stage_id', 'owner_id', 'contact_id', 'sort', 'cursor']);

  const data = await asPageUser(async (tx, u) => {
    const stages = await listStages(tx, u);
    const query = parseListQuery(dealListQuerySchema, wanted, { limit: view === 'board' ? '200' : '50' });
    let deals: Deal[] = [];
    let page = null;
    if (view === 'board') {
      let cursor: string | undefined;
      do {
        const result = await listDeals(tx, u, { ...query, cursor });
        deals = deals.concat(result.data);
        cursor = result.page.next_cursor ?? undefined;
      } while (cursor && deals.length < BOARD_LIMIT);
    } else {
      const result = await listDeals(tx, u, query);
      deals = result.data;
      page = result.page;
    }
    const names = await contactNames(
      tx,
      u,
      deals.flatMap((d) => (d.contact_id ? [d.contact_id] : [])),
    );
    const totals = await dealTotals(tx, u, query);
    const members = (await workspaceMembers(tx, u)).map((m) => ({ id: m.user_id, name: personName(m) || 'A member' }));
    const contacts = canWrite(u.role) ? (await contactOptions(tx, u)).map(({ id, name }) => ({ id, name })) : [];
    return { user: u, stages, query, deals, page, names: Object.fromEntries(names), totals, members, contacts };
  });
  const { user, stages, deals, page, names, totals, members, contacts } = data;
  const writable = canWrite(user.role);
  const stageName = new Map(stages.map((s) => [s.id, s.name]));
  const memberName = new Map(members.map((m) => [m.id, m.name]));
  const openTotals = totals.filter((t) => stages.find((s) => s.id === t.stage_id)?.kind === 'open').flatMap((t) => t.totals);
  const pipeline = Object.entries(
    openTotals.reduce<Record<string, string[]>>((acc, t) => ({ ...acc, [t.currency]: [...(acc[t.currency] ?? []), t.amount] }), {}),
  );

  return (
    <div className="mx-auto max-w-7xl space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Deals</h1>
          <p className="text-sm text-muted-foreground" data-testid="deals-total">
            {deals.length} {deals.length === 1 ? 'deal' : 'deals'} shown · {stages.length} stages
            {pipeline.length > 0
              ? ` · open pipeline ${pipeline.map(([c, amounts]) => formatMoney(addMoney(...amounts), c, user.locale)).join(' + ')}`
              : ''}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline">
            <Link href={listHref('/deals', { ...wanted, view: view === 'board' ? 'list' : undefined }, ['cursor'])}>
              {view === 'board' ? <List aria-hidden /> : <KanbanSquare aria-hidden />} {view === 'board' ? 'List view' : 'Board view'}
            </Link>
          </Button>
          <Button asChild variant="outline">
            <Link href="/deals/stages">
              <Columns3 aria-hidden /> Stages
            </Link>
          </Button>
          <Button asChild variant="outline">
            <a href={exportHref('/api/deals', wanted)} download>
              <Download aria-hidden /> Export CSV
            </a>
          </Button>
          {writable ? <DealFormDialog stages={stages} contacts={contacts} locale={user.locale} currency={user.currency} /> : null}
        </div>
      </div>

      <ReadOnlyNote />

      <form method="get" action="/deals" className="flex flex-wrap items-end gap-3" aria-label="Filter deals">
        {view === 'list' ? <input type="hidden" name="view" value="list" /> : null}
        {wanted.contact_id ? <input type="hidden" name="contact_id" value={wanted.contact_id} /> : null}
        <div className="grid gap-1">
          <Label htmlFor="deals-q">Search</Label>
          <Input id="deals-q" name="q" defaultValue={wanted.q ?? ''} placeholder="Title or notes" />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="deals-stage">Stage</Label>
          <NativeSelect id="deals-stage" name="stage_id" defaultValue={wanted.stage_id ?? ''}>
            <option value="">All stages</option>
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid gap-1">
          <Label htmlFor="deals-owner">Owner</Label>
          <NativeSelect id="deals-owner" name="owner_id" defaultValue={wanted.owner_id ?? ''}>
            <option value="">Anyone</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </NativeSelect>
        </div>
        <Button type="submit" variant="outline">
          Filter
        </Button>
        {Object.keys(wanted).length > 0 ? (
          <Link href={listHref('/deals', { view: view === 'list' ? 'list' : undefined })} className="text-sm text-primary hover:underline">
            Clear filters
          </Link>
        ) : null}
      </form>

      {view === 'board' ? (
        <DealBoard
          stages={stages}
          deals={deals.map((d) => ({ ...d, contact: d.contact_id ? (names[d.contact_id] ?? null) : null }))}
          totals={totals}
          locale={user.locale}
          writable={writable}
        />
      ) : (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Deal</TableHead>
                <TableHead>Stage</TableHead>
                <TableHead>Contact</TableHead>
                <TableHead>Owner</TableHead>
                <TableHead>Expected close</TableHead>
                <TableHead className="text-right">Value</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {deals.map((d) => (
                <TableRow key={d.id}>
                  <TableCell>
                    <Link href={`/deals/${d.id}`} className="font-medium hover:underline">
                      {d.title}
                    </Link>
                  </TableCell>
                  <TableCell>{stageName.get(d.stage_id)}</TableCell>
                  <TableCell>{d.contact_id ? names[d.contact_id] : '—'}</TableCell>
                  <TableCell>{d.owner_id ? (memberName.get(d.owner_id) ?? 'A former member') : '—'}</TableCell>
                  <TableCell>{d.expected_close_date ?? '—'}</TableCell>
                  <TableCell className="tabular text-right">{formatMoney(d.value, d.currency, user.locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {page ? <Pager path="/deals" params={{ ...wanted, view: 'list' }} nextCursor={page.next_cursor} /> : null}
        </>
      )}
    </div>
  );
}
