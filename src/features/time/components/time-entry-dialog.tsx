'use client';

import { Pencil, Plus } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { notify } from '@/components/ui/notify';
import { NumberInput } from '@/components/ui/number-input';
import { NativeSelect } from '@/components/ui/select';
import { useApiForm } from '@/components/ui/use-api-form';
import { apiFetch } from '@/lib/api-client';
import { readTyped } from '@/lib/money/input';
import { dateInZone, parseClockTime, timeInZone, zonedToUtc } from '@/lib/time';
import { formatMinutes, parseDuration } from '../duration';
import type { TimeEntry } from '../schema';

/** A deal to pick, as GET /api/deals answers it. */
interface DealOption {
  id: string;
  title: string;
  contact_id: string | null;
}

export interface ContactOption {
  id: string;
  name: string;
}

/** An entry as the page hands it to the browser (instants as ISO text). */
export type TimeEntryRow = Omit<TimeEntry, 'started_at' | 'ended_at' | 'created_at' | 'updated_at'> & {
  started_at: string;
  ended_at: string | null;
};

interface Props {
  contacts: ContactOption[];
  timeZone: string;
  locale: string;
  currency: string;
  /** the day a new entry starts on (the week shown: today, or its Monday) */
  day: string;
  /** an entry to correct; none: log new time */
  entry?: TimeEntryRow;
}

/**
 * Logs time by hand, or corrects an entry: the day and start time in the
 * workspace's time zone (read by the time parser), how long (`1:30`, `90`,
 * `1.5h`), the client, billable, and an hourly rate when it differs from the
 * client's or the workspace's. Same checks as the API.
 */
export function TimeEntryDialog({ contacts, timeZone, locale, currency, day, entry }: Props) {
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const form = useApiForm();
  const initial = React.useMemo(
    () => ({
      contact_id: entry?.contact_id ?? '',
      deal_id: entry?.deal_id ?? '',
      description: entry?.description ?? '',
      day: entry ? dateInZone(new Date(entry.started_at), timeZone) : day,
      start: entry ? timeInZone(new Date(entry.started_at), timeZone) : '09:00',
      duration: entry?.duration_minutes ? formatMinutes(entry.duration_minutes) : '',
      billable: entry?.billable ?? true,
      rate: entry?.hourly_rate ?? '',
    }),
    [entry, day, timeZone],
  );
  const [values, setValues] = React.useState(initial);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }));
  const id = entry?.id ?? 'new';
  const [deals, setDeals] = React.useState<DealOption[] | null>(null);

  /** The workspace's deals, fetched once when the dialog first opens. */
  function loadDeals() {
    if (deals) return;
    apiFetch<{ data: DealOption[] }>('/api/deals?limit=200')
      .then(({ data }) => setDeals(data.map(({ id: dealId, title, contact_id }) => ({ id: dealId, title, contact_id }))))
      .catch(() => setDeals([]));
  }
  const dealChoices = (deals ?? []).filter((d) => !values.contact_id || d.contact_id === values.contact_id || d.id === values.deal_id);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const minutes = parseDuration(values.duration);
    if (minutes === null) problems.duration = 'Type how long, for example 1:30, 90 or 1.5h';
    const clock = parseClockTime(values.start);
    if (!clock) problems.start = 'Type a time of day, for example 09:30';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.day)) problems.day = 'Choose a day';
    let rate: string | null = null;
    if (values.rate.trim() !== '') {
      const reading = readTyped(values.rate, 'amount', locale);
      if (reading.ok) rate = reading.value;
      else problems.rate = `Can’t read this rate: it ${reading.reason}`;
    }
    if (Object.keys(problems).length > 0 || minutes === null || !clock) {
      form.setErrors(problems);
      return;
    }
    const body = {
      contact_id: values.contact_id || null,
      deal_id: values.deal_id || null,
      description: values.description.trim(),
      started_at: zonedToUtc(values.day, clock, timeZone).toISOString(),
      duration_minutes: minutes,
      billable: values.billable,
      hourly_rate: rate,
    };
    await form.send(
      () =>
        apiFetch<{ data: TimeEntry }>(entry ? `/api/time-entries/${entry.id}` : '/api/time-entries', {
          method: entry ? 'PUT' : 'POST',
          body,
        }),
      () => {
        setOpen(false);
        notify.success(entry ? 'Time corrected' : 'Time logged', { description: `${body.description}: ${formatMinutes(minutes)}` });
        router.refresh();
      },
      { rename: { started_at: 'start', duration_minutes: 'duration', hourly_rate: 'rate' } },
    );
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setValues(initial);
          form.reset();
          loadDeals();
        }
      }}
    >
      <DialogTrigger asChild>
        {entry ? (
          <Button type="button" variant="ghost" size="sm" aria-label={`Correct “${entry.description}”`}>
            <Pencil aria-hidden /> Edit
          </Button>
        ) : (
          <Button type="button">
            <Plus aria-hidden /> Log time
          </Button>
        )}
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{entry ? 'Correct time' : 'Log time'}</DialogTitle>
          <DialogDescription>Times are in {timeZone}. Rounding for invoices is applied when billing, never here.</DialogDescription>
        </DialogHeader>
        <form onSubmit={submit} className="grid gap-3" noValidate>
          <Field id={`${id}-description`} label="What did you work on?" error={form.errors.description}>
            <Input value={values.description} onChange={(e) => set('description', e.target.value)} maxLength={2000} required />
          </Field>
          <Field id={`${id}-contact`} label="Client" error={form.errors.contact_id}>
            <NativeSelect value={values.contact_id} onChange={(e) => set('contact_id', e.target.value)}>
              <option value="">No client</option>
              {contacts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field
            id={`${id}-deal`}
            label="Deal (optional)"
            error={form.errors.deal_id}
            hint={values.contact_id ? 'The chosen client’s deals' : undefined}
          >
            <NativeSelect value={values.deal_id} onChange={(e) => set('deal_id', e.target.value)} disabled={deals === null}>
              <option value="">{deals === null ? 'Loading deals…' : 'No deal'}</option>
              {values.deal_id && deals !== null && !deals.some((d) => d.id === values.deal_id) ? (
                <option value={values.deal_id}>The current deal</option>
              ) : null}
              {dealChoices.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <div className="grid grid-cols-3 gap-3">
            <Field id={`${id}-day`} label="Day" error={form.errors.day}>
              <Input type="date" value={values.day} onChange={(e) => set('day', e.target.value)} required />
            </Field>
            <Field id={`${id}-start`} label="Start" error={form.errors.start}>
              <Input value={values.start} onChange={(e) => set('start', e.target.value)} inputMode="numeric" placeholder="09:00" />
            </Field>
            <Field id={`${id}-duration`} label="How long" error={form.errors.duration} hint="1:30, 90 or 1.5h">
              <Input value={values.duration} onChange={(e) => set('duration', e.target.value)} placeholder="1:30" />
            </Field>
          </div>
          <div className="grid grid-cols-2 items-end gap-3">
            <Field id={`${id}-rate`} label="Hourly rate (optional)" error={form.errors.rate}>
              <NumberInput
                kind="amount"
                locale={locale}
                currency={currency}
                value={values.rate}
                onChange={(e) => set('rate', e.target.value)}
              />
            </Field>
            <label className="flex h-9 items-center gap-2 text-sm">
              <input type="checkbox" checked={values.billable} onChange={(e) => set('billable', e.target.checked)} className="size-4" />
              Billable
            </label>
          </div>
          {form.message ? (
            <p role="alert" className="text-sm text-destructive">
              {form.message}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={form.pending}>
              {entry ? 'Save' : 'Log time'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
