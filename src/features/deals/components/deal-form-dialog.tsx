'use client';

import { Pencil, Plus } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { notify } from '@/components/ui/notify';
import { NumberInput } from '@/components/ui/number-input';
import { NativeSelect } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { readTyped, writeDecimal } from '@/lib/money/input';
import type { Deal, DealStage } from '../schema';

/**
 * "New deal" (title, value, stage, contact and expected close) or, given a
 * `deal`, "Edit deal": title, contact, value, currency, expected close, owner
 * and notes (the stage changes on the board).
 */
export function DealFormDialog({
  stages,
  contacts,
  locale,
  currency,
  deal,
  members = [],
}: {
  stages: DealStage[];
  contacts: { id: string; name: string }[];
  locale: string;
  currency: string;
  /** the deal to edit; without it the dialog adds one */
  deal?: Deal;
  /** the workspace's members, for the owner (edit mode) */
  members?: { id: string; name: string }[];
}) {
  const router = useRouter();
  const editing = Boolean(deal);
  const [open, setOpen] = React.useState(false);
  const [title, setTitle] = React.useState(deal?.title ?? '');
  const [value, setValue] = React.useState(deal ? writeDecimal(deal.value, locale) : '');
  const [stageId, setStageId] = React.useState(stages.find((s) => s.kind === 'open')?.id ?? '');
  const [contactId, setContactId] = React.useState(deal?.contact_id ?? '');
  const [close, setClose] = React.useState(deal?.expected_close_date ?? '');
  const [dealCurrency, setDealCurrency] = React.useState(deal?.currency ?? currency);
  const [ownerId, setOwnerId] = React.useState(deal?.owner_id ?? '');
  const [notes, setNotes] = React.useState(deal?.notes ?? '');
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [pending, setPending] = React.useState(false);

  function changeOpen(next: boolean) {
    setOpen(next);
    if (next && deal) {
      setTitle(deal.title);
      setValue(writeDecimal(deal.value, locale));
      setContactId(deal.contact_id ?? '');
      setClose(deal.expected_close_date ?? '');
      setDealCurrency(deal.currency);
      setOwnerId(deal.owner_id ?? '');
      setNotes(deal.notes ?? '');
      setErrors({});
    }
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const amount = value.trim() === '' ? { ok: true as const, value: '0.00' } : readTyped(value, 'amount', locale);
    if (!amount.ok) {
      setErrors({ value: `Can’t read this: it ${amount.reason}.` });
      return;
    }
    setPending(true);
    try {
      const saved = deal
        ? await apiFetch<{ data: Deal }>(`/api/deals/${deal.id}`, {
            method: 'PUT',
            body: {
              title,
              value: amount.value,
              currency: dealCurrency.trim().toUpperCase(),
              contact_id: contactId || null,
              expected_close_date: close || null,
              owner_id: ownerId || null,
              notes: notes.trim() === '' ? null : notes,
            },
          })
        : await apiFetch<{ data: Deal }>('/api/deals', {
            method: 'POST',
            body: {
              title,
              value: amount.value,
              ...(stageId ? { stage_id: stageId } : {}),
              ...(contactId ? { contact_id: contactId } : {}),
              ...(close ? { expected_close_date: close } : {}),
            },
          });
      notify.success(deal ? 'Deal saved' : 'Deal added', { description: saved.data.title });
      setOpen(false);
      if (!deal) {
        setTitle('');
        setValue('');
      }
      setErrors({});
      router.refresh();
    } catch (error) {
      if (error instanceof ApiClientError && Object.keys(error.details).length > 0) setErrors(error.fieldErrors());
      else notify.error(error instanceof Error ? error.message : deal ? 'The deal could not be saved.' : 'The deal could not be added.');
    } finally {
      setPending(false);
    }
  }

  const dirty = deal
    ? title !== deal.title || value !== writeDecimal(deal.value, locale) || notes !== (deal.notes ?? '')
    : title !== '' || value !== '';
  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        {editing ? (
          <Button variant="outline">
            <Pencil aria-hidden /> Edit
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden /> New deal
          </Button>
        )}
      </DialogTrigger>
      <DialogContent dirty={dirty}>
        <form onSubmit={submit} className="grid gap-4">
          <DialogHeader>
            <DialogTitle>{editing ? 'Edit deal' : 'New deal'}</DialogTitle>
          </DialogHeader>
          <Field id="deal-title" label="Title" error={errors.title}>
            <Input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} required />
          </Field>
          <Field id="deal-value" label={`Value (${editing ? dealCurrency : currency})`} error={errors.value}>
            <NumberInput
              kind="amount"
              locale={locale}
              currency={/^[A-Za-z]{3}$/.test(dealCurrency) ? dealCurrency.toUpperCase() : currency}
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          </Field>
          {editing ? (
            <Field id="deal-currency" label="Currency" error={errors.currency}>
              <Input value={dealCurrency} onChange={(e) => setDealCurrency(e.target.value)} maxLength={3} required autoComplete="off" />
            </Field>
          ) : (
            <Field id="deal-stage" label="Stage" error={errors.stage_id}>
              <NativeSelect value={stageId} onChange={(e) => setStageId(e.target.value)}>
                {stages.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </NativeSelect>
            </Field>
          )}
          <Field id="deal-contact" label="Contact" error={errors.contact_id}>
            <NativeSelect value={contactId} onChange={(e) => setContactId(e.target.value)}>
              <option value="">No contact</option>
              {contactId && !contacts.some((c) => c.id === contactId) ? <option value={contactId}>The current contact</option> : null}
              {contacts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field id="deal-close" label="Expected close" error={errors.expected_close_date}>
            <Input type="date" value={close} onChange={(e) => setClose(e.target.value)} />
          </Field>
          {editing ? (
            <>
              <Field id="deal-owner" label="Owner" error={errors.owner_id}>
                <NativeSelect value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
                  <option value="">No owner</option>
                  {ownerId && !members.some((m) => m.id === ownerId) ? <option value={ownerId}>A former member</option> : null}
                  {members.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </NativeSelect>
              </Field>
              <Field id="deal-notes" label="Notes" error={errors.notes}>
                <Textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={4} maxLength={10000} />
              </Field>
            </>
          ) : null}
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {editing ? (pending ? 'Saving…' : 'Save changes') : pending ? 'Adding…' : 'Add deal'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
