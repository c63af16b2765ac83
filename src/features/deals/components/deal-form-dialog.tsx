'use client';

import { Plus } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { notify } from '@/components/ui/notify';
import { NumberInput } from '@/components/ui/number-input';
import { NativeSelect } from '@/components/ui/select';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { readTyped } from '@/lib/money/input';
import type { Deal, DealStage } from '../schema';

/** "New deal": title, value, stage, contact and expected close; the rest is edited on the deal's page. */
export function DealFormDialog({
  stages,
  contacts,
  locale,
  currency,
}: {
  stages: DealStage[];
  contacts: { id: string; name: string }[];
  locale: string;
  currency: string;
}) {
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const [title, setTitle] = React.useState('');
  const [value, setValue] = React.useState('');
  const [stageId, setStageId] = React.useState(stages.find((s) => s.kind === 'open')?.id ?? '');
  const [contactId, setContactId] = React.useState('');
  const [close, setClose] = React.useState('');
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [pending, setPending] = React.useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const amount = value.trim() === '' ? { ok: true as const, value: '0.00' } : readTyped(value, 'amount', locale);
    if (!amount.ok) {
      setErrors({ value: `Can’t read this: it ${amount.reason}.` });
      return;
    }
    setPending(true);
    try {
      const created = await apiFetch<{ data: Deal }>('/api/deals', {
        method: 'POST',
        body: {
          title,
          value: amount.value,
          ...(stageId ? { stage_id: stageId } : {}),
          ...(contactId ? { contact_id: contactId } : {}),
          ...(close ? { expected_close_date: close } : {}),
        },
      });
      notify.success('Deal added', { description: created.data.title });
      setOpen(false);
      setTitle('');
      setValue('');
      setErrors({});
      router.refresh();
    } catch (error) {
      if (error instanceof ApiClientError && Object.keys(error.details).length > 0) setErrors(error.fieldErrors());
      else notify.error(error instanceof Error ? error.message : 'The deal could not be added.');
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden /> New deal
        </Button>
      </DialogTrigger>
      <DialogContent dirty={title !== '' || value !== ''}>
        <form onSubmit={submit} className="grid gap-4">
          <DialogHeader>
            <DialogTitle>New deal</DialogTitle>
          </DialogHeader>
          <Field id="deal-title" label="Title" error={errors.title}>
            <Input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} required />
          </Field>
          <Field id="deal-value" label={`Value (${currency})`} error={errors.value}>
            <NumberInput kind="amount" locale={locale} currency={currency} value={value} onChange={(e) => setValue(e.target.value)} />
          </Field>
          <Field id="deal-stage" label="Stage" error={errors.stage_id}>
            <NativeSelect value={stageId} onChange={(e) => setStageId(e.target.value)}>
              {stages.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field id="deal-contact" label="Contact" error={errors.contact_id}>
            <NativeSelect value={contactId} onChange={(e) => setContactId(e.target.value)}>
              <option value="">No contact</option>
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
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {pending ? 'Adding…' : 'Add deal'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
