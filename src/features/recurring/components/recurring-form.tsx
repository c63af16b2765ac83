'use client';

import { Plus, Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { NumberInput } from '@/components/ui/number-input';
import { NativeSelect } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { notify } from '@/components/ui/notify';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { readAmount, readPercent, readQuantity, writeDecimal } from '@/lib/money/input';
import { FREQUENCIES, type Frequency } from '../schedule';
import { FREQUENCY_LABELS, type RecurringInvoiceDetail } from '../schema';

interface Line {
  key: number;
  description: string;
  quantity: string;
  unit_price: string;
  tax_rate: string;
}

let nextKey = 1;
const emptyLine = (): Line => ({ key: nextKey++, description: '', quantity: '1', unit_price: '', tax_rate: '' });

type End = 'never' | 'after' | 'on';

/**
 * A recurring profile's form (new and edit): the client, the lines every
 * invoice gets (typed as in the invoice editor, read by the same readers),
 * the frequency, the first date and the end, and whether each invoice is sent
 * automatically or left as a draft.
 */
export function RecurringForm({
  contacts,
  locale,
  today,
  profile,
}: {
  contacts: { id: string; name: string }[];
  locale: string;
  today: string;
  profile?: RecurringInvoiceDetail;
}) {
  const router = useRouter();
  const [contactId, setContactId] = React.useState(profile?.contact_id ?? contacts[0]?.id ?? '');
  const [frequency, setFrequency] = React.useState<Frequency>(profile?.frequency ?? 'monthly');
  const [startDate, setStartDate] = React.useState(profile?.start_date ?? today);
  const [end, setEnd] = React.useState<End>(profile?.occurrences ? 'after' : profile?.end_date ? 'on' : 'never');
  const [occurrences, setOccurrences] = React.useState(String(profile?.occurrences ?? 12));
  const [endDate, setEndDate] = React.useState(profile?.end_date ?? '');
  const [autoSend, setAutoSend] = React.useState(profile?.auto_send ?? false);
  const [notes, setNotes] = React.useState(profile?.notes ?? '');
  const [lines, setLines] = React.useState<Line[]>(() =>
    profile
      ? profile.items.map((item) => ({
          key: nextKey++,
          description: item.description,
          quantity: writeDecimal(String(item.quantity), locale),
          unit_price: writeDecimal(item.unit_price, locale),
          tax_rate: item.tax_rate === '0' ? '' : writeDecimal(item.tax_rate, locale),
        }))
      : [emptyLine()],
  );
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const [fieldErrors, setFieldErrors] = React.useState<Record<string, string>>({});

  const update = (key: number, patch: Partial<Line>) => setLines((all) => all.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(undefined);
    const problems: Record<string, string> = {};
    const items = lines.map((line, i) => {
      const q = readQuantity(line.quantity, locale);
      const p = readAmount(line.unit_price, locale);
      const t = line.tax_rate.trim() ? readPercent(line.tax_rate, locale) : ({ ok: true, value: '0' } as const);
      if (!line.description.trim()) problems[`items.${i}.description`] = 'Describe the line.';
      if (!q.ok) problems[`items.${i}.quantity`] = q.reason;
      if (!p.ok) problems[`items.${i}.unit_price`] = p.reason;
      if (!t.ok) problems[`items.${i}.tax_rate`] = t.reason;
      return {
        description: line.description.trim(),
        quantity: q.ok ? q.value : line.quantity,
        unit_price: p.ok ? p.value : line.unit_price,
        tax_rate: t.ok ? t.value : line.tax_rate,
      };
    });
    if (!contactId) problems.contact_id = 'Choose the client.';
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const body = {
      contact_id: contactId,
      items,
      frequency,
      start_date: startDate,
      end_date: end === 'on' ? endDate || null : null,
      occurrences: end === 'after' ? Number(occurrences) : null,
      auto_send: autoSend,
      notes: notes.trim() || null,
    };
    setPending(true);
    try {
      const { data } = await apiFetch<{ data: { id: string; next_date: string | null } }>(
        profile ? `/api/recurring-invoices/${profile.id}` : '/api/recurring-invoices',
        { method: profile ? 'PUT' : 'POST', body },
      );
      notify.success(profile ? 'Recurring invoice saved' : 'Recurring invoice created', {
        description: data.next_date ? `Next invoice: ${data.next_date}` : 'The schedule has ended.',
      });
      router.push(`/recurring/${data.id}`);
      router.refresh();
    } catch (caught) {
      if (caught instanceof ApiClientError) {
        setError(caught.message);
        setFieldErrors(caught.fieldErrors());
      } else setError('Something went wrong. Try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="grid gap-5" noValidate onSubmit={submit}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="recurring-contact" label="Client" error={fieldErrors.contact_id}>
          <NativeSelect value={contactId} onChange={(e) => setContactId(e.target.value)}>
            {contacts.length === 0 ? <option value="">Add a contact first</option> : null}
            {contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field id="recurring-frequency" label="Frequency" error={fieldErrors.frequency}>
          <NativeSelect value={frequency} onChange={(e) => setFrequency(e.target.value as Frequency)}>
            {FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {FREQUENCY_LABELS[f]}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field
          id="recurring-start"
          label="First invoice on"
          error={fieldErrors.start_date}
          hint="On the 29th–31st, shorter months use their last day."
        >
          <Input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
        </Field>
        <Field id="recurring-end" label="Ends" error={fieldErrors.end_date ?? fieldErrors.occurrences}>
          <NativeSelect value={end} onChange={(e) => setEnd(e.target.value as End)}>
            <option value="never">Never</option>
            <option value="after">After a number of invoices</option>
            <option value="on">On a date</option>
          </NativeSelect>
        </Field>
        {end === 'after' ? (
          <Field id="recurring-occurrences" label="Number of invoices" error={fieldErrors.occurrences}>
            <Input type="number" min={1} max={1000} value={occurrences} onChange={(e) => setOccurrences(e.target.value)} />
          </Field>
        ) : null}
        {end === 'on' ? (
          <Field id="recurring-end-date" label="Last invoice on or before" error={fieldErrors.end_date}>
            <Input type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
          </Field>
        ) : null}
      </div>

      <fieldset className="grid gap-3">
        <legend className="mb-2 text-sm font-medium">Lines of every invoice</legend>
        {lines.map((line, i) => (
          <div key={line.key} className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_6rem_8rem_5rem_auto] sm:items-end">
            <Field id={`recurring-line-${line.key}-description`} label="Description" error={fieldErrors[`items.${i}.description`]}>
              <Input value={line.description} onChange={(e) => update(line.key, { description: e.target.value })} />
            </Field>
            <Field id={`recurring-line-${line.key}-quantity`} label="Quantity" error={fieldErrors[`items.${i}.quantity`]}>
              <NumberInput
                kind="quantity"
                locale={locale}
                value={line.quantity}
                onChange={(e) => update(line.key, { quantity: e.target.value })}
              />
            </Field>
            <Field id={`recurring-line-${line.key}-price`} label="Unit price" error={fieldErrors[`items.${i}.unit_price`]}>
              <NumberInput
                kind="amount"
                locale={locale}
                value={line.unit_price}
                onChange={(e) => update(line.key, { unit_price: e.target.value })}
              />
            </Field>
            <Field id={`recurring-line-${line.key}-tax`} label="Tax %" error={fieldErrors[`items.${i}.tax_rate`]}>
              <NumberInput
                kind="percent"
                locale={locale}
                value={line.tax_rate}
                onChange={(e) => update(line.key, { tax_rate: e.target.value })}
              />
            </Field>
            <Button
              type="button"
              variant="ghost"
              size="icon"
              aria-label={`Remove line ${i + 1}`}
              disabled={lines.length === 1}
              onClick={() => setLines((all) => all.filter((l) => l.key !== line.key))}
            >
              <Trash2 aria-hidden />
            </Button>
          </div>
        ))}
        <div>
          <Button type="button" variant="outline" size="sm" onClick={() => setLines((all) => [...all, emptyLine()])}>
            <Plus aria-hidden /> Add line
          </Button>
        </div>
      </fieldset>

      <Field id="recurring-notes" label="Notes on every invoice (optional)" error={fieldErrors.notes}>
        <Textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={autoSend} onChange={(e) => setAutoSend(e.target.checked)} />
        Send each invoice to the client automatically (otherwise it waits as a draft)
      </label>
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : profile ? 'Save recurring invoice' : 'Create recurring invoice'}
        </Button>
      </div>
    </form>
  );
}
