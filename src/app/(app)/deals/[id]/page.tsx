import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { contactNames } from '@/features/contacts/service';
import { DealDocumentButton } from '@/features/deals/components/deal-document-button';
import { DealFormDialog } from '@/features/deals/components/deal-form-dialog';
import { DeleteDealButton } from '@/features/deals/components/delete-deal-button';
import { contactOptions } from '@/features/invoices/service';
import { dealEvents, getDeal, listStages } from '@/features/deals/service';
import { workspaceMembers } from '@/features/workspaces/service';
import { canWrite } from '@/features/workspaces/schema';
import { personName } from '@/lib/auth/people';
import { asPageUser } from '@/lib/auth/page';
import { isUuid } from '@/lib/validation';
import { formatDateTime } from '@/lib/format';
import { formatMoney } from '@/lib/money';

export const metadata: Metadata = { title: 'Deal' };

export default async function DealPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const data = await asPageUser(async (tx, u) => {
    const deal = await getDeal(tx, u, id).catch(() => null);
    if (!deal) return null;
    const [stages, events, members] = [await listStages(tx, u), await dealEvents(tx, u, id), await workspaceMembers(tx, u)];
    const contact = deal.contact_id ? (await contactNames(tx, u, [deal.contact_id])).get(deal.contact_id) : undefined;
    const contacts = canWrite(u.role) ? (await contactOptions(tx, u)).map(({ id, name }) => ({ id, name })) : [];
    return { user: u, deal, stages, events, members, contact, contacts };
  });
  if (!data) notFound();
  const { user, deal, stages, events, members, contact, contacts } = data;
  const stage = stages.find((s) => s.id === deal.stage_id);
  const who = new Map(members.map((m) => [m.user_id, m.user_id === user.user.id ? 'You' : personName(m) || 'A member']));
  const rows: [string, React.ReactNode][] = [
    ['Value', formatMoney(deal.value, deal.currency, user.locale)],
    ['Stage', stage ? `${stage.name} (${stage.probability}%)` : '—'],
    ['Contact', deal.contact_id ? <Link href={`/contacts/${deal.contact_id}`}>{contact ?? 'A contact'}</Link> : '—'],
    ['Owner', deal.owner_id ? (who.get(deal.owner_id) ?? 'A former member') : '—'],
    ['Expected close', deal.expected_close_date ?? '—'],
  ];
  if (deal.lost_reason) rows.push(['Lost because', deal.lost_reason]);
  if (deal.notes) rows.push(['Notes', deal.notes]);

  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm">
            <Link href="/deals" className="text-primary hover:underline">
              Deals
            </Link>
          </p>
          <h1 className="text-2xl font-semibold tracking-tight">{deal.title}</h1>
          {stage ? <Badge tone={stage.kind === 'won' ? 'green' : stage.kind === 'lost' ? 'red' : 'neutral'}>{stage.name}</Badge> : null}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {deal.quote_id ? (
            <Link href={`/quotes/${deal.quote_id}`} className="text-primary hover:underline">
              See its quote
            </Link>
          ) : stage && stage.kind !== 'lost' && canWrite(user.role) ? (
            <DealDocumentButton dealId={deal.id} kind="quote" variant="outline" />
          ) : null}
          {deal.invoice_id ? (
            <Link href={`/invoices/${deal.invoice_id}`} className="text-primary hover:underline">
              See its invoice
            </Link>
          ) : stage?.kind === 'won' && canWrite(user.role) ? (
            <DealDocumentButton dealId={deal.id} kind="invoice" />
          ) : null}
          {canWrite(user.role) ? (
            <>
              <DealFormDialog
                deal={deal}
                stages={stages}
                contacts={contacts}
                members={members.map((m) => ({ id: m.user_id, name: personName(m) || 'A member' }))}
                locale={user.locale}
                currency={user.currency}
              />
              <DeleteDealButton id={deal.id} title={deal.title} />
            </>
          ) : null}
        </div>
      </div>
      <Card>
        <CardContent className="pt-6">
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
            {rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-muted-foreground">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>History</CardTitle>
        </CardHeader>
        <CardContent>
          <ol className="space-y-2 text-sm" data-testid="deal-history">
            {events.map((e) => (
              <li key={e.id}>
                {e.type === 'created'
                  ? `Added in ${String(e.data.to ?? 'the pipeline')}`
                  : e.type === 'invoiced'
                    ? 'Invoiced'
                    : e.type === 'quoted'
                      ? 'Quoted'
                      : `Moved from ${String(e.data.from ?? 'a stage')} to ${String(e.data.to ?? 'a stage')}`}
                <span className="text-muted-foreground">
                  {' · '}
                  {formatDateTime(e.created_at, user)}
                  {e.user_id ? ` · ${who.get(e.user_id) ?? 'A former member'}` : ''}
                </span>
              </li>
            ))}
          </ol>
        </CardContent>
      </Card>
    </div>
  );
}
