'use client';

import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { notify } from '@/components/ui/notify';
import { NumberInput } from '@/components/ui/number-input';
import { NativeSelect } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { reversal } from '@/components/ui/undo';
import { useApiForm } from '@/components/ui/use-api-form';
import { useRecordDialog } from '@/components/ui/use-record-dialog';
import { useUnsavedChanges } from '@/components/ui/unsaved-changes';
import { apiFetch } from '@/lib/api-client';
import { readTyped, writeDecimal } from '@/lib/money/input';
import { CONTACT_STATUSES, type Contact, contactCreateSchema, contactName } from '../schema';
import { STATUS_LABELS } from './contact-status-badge';

type EditableContact = Pick<
  Contact,
  'id' | 'first_name' | 'last_name' | 'email' | 'phone' | 'company' | 'position' | 'address' | 'notes' | 'status'
> & { hourly_rate?: string | null };

const TEXT_FIELDS = ['first_name', 'last_name', 'email', 'phone', 'company', 'position', 'address', 'notes'] as const;
const EDITABLE_FIELDS = [...TEXT_FIELDS, 'status', 'hourly_rate'] as const;

/**
 * Create or edit a contact in a dialog. Validated in the browser with the same
 * zod schema the API uses, then by the API itself (its field errors are shown
 * next to each field). A save is confirmed by a toast (an edit with Undo);
 * closing with unsaved input asks first.
 */
export function ContactFormDialog({
  contact,
  trigger,
  onSaved,
  openWith,
  locale = 'en-US',
  currency,
}: {
  contact?: EditableContact;
  /** the viewer's locale and currency, to read and show the hourly rate */
  locale?: string;
  currency?: string;
  trigger: React.ReactNode;
  onSaved?: (saved: Contact) => void;
  /** Opens when the URL has `?new=<openWith>` (the command palette's "New contact"); one dialog per page. */
  openWith?: string;
}) {
  const router = useRouter();
  const { pending, errors, message, reset, check, send } = useApiForm();
  const { track: trackForm, isDirty } = useUnsavedChanges();
  const [rate, setRate] = React.useState(contact?.hourly_rate ? writeDecimal(contact.hourly_rate, locale) : '');
  const [rateError, setRateError] = React.useState<string | undefined>();
  const { open, setOpen, changeOpen, undoEdit } = useRecordDialog({
    openWith,
    onOpen: () => {
      reset();
      setRate(contact?.hourly_rate ? writeDecimal(contact.hourly_rate, locale) : '');
      setRateError(undefined);
    },
    send,
  });
  const editing = Boolean(contact);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values: Record<string, string | null> = {};
    for (const field of TEXT_FIELDS) {
      const value = String(form.get(field) ?? '').trim();
      values[field] = value === '' && field !== 'first_name' ? null : value;
    }
    values.status = String(form.get('status') ?? 'lead');
    const typedRate = rate.trim();
    const reading = typedRate === '' ? null : readTyped(typedRate, 'amount', locale);
    if (reading && !reading.ok) {
      setRateError(`Can’t read this: it ${reading.reason}.`);
      return;
    }
    setRateError(undefined);
    values.hourly_rate = reading ? reading.value : null;
    if (!check(contactCreateSchema, values)) return;
    await send(
      () =>
        apiFetch<{ data: Contact }>(editing ? `/api/contacts/${contact!.id}` : '/api/contacts', {
          method: editing ? 'PUT' : 'POST',
          body: values,
        }),
      ({ data }) => {
        setOpen(false);
        onSaved?.(data);
        router.refresh();
        announce(data);
      },
    );
  }

  /** The toast after a save; an edit can be undone (the changed fields are put back). */
  function announce(saved: Contact) {
    const name = contactName(saved);
    if (!contact) {
      notify.success(`${name} added to your contacts`);
      return;
    }
    notify.success(`Changes to ${name} saved`, {
      undo: undoEdit(`/api/contacts/${contact.id}`, reversal(contact, saved, EDITABLE_FIELDS)),
      undoneMessage: `${name} is back as before`,
    });
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="sm:max-w-xl" dirty={isDirty}>
        <DialogHeader>
          <DialogTitle>{editing ? 'Edit contact' : 'New contact'}</DialogTitle>
          <DialogDescription>
            {editing ? 'Change the details and save.' : 'Only the first name is required; add the rest as you learn it.'}
          </DialogDescription>
        </DialogHeader>
        <form ref={trackForm} onSubmit={onSubmit} className="grid gap-4" noValidate aria-label={editing ? 'Edit contact' : 'New contact'}>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="first_name" label="First name" error={errors.first_name}>
              <Input name="first_name" defaultValue={contact?.first_name ?? ''} autoComplete="off" required />
            </Field>
            <Field id="last_name" label="Last name" error={errors.last_name}>
              <Input name="last_name" defaultValue={contact?.last_name ?? ''} autoComplete="off" />
            </Field>
            <Field id="email" label="Email" error={errors.email}>
              <Input name="email" type="email" defaultValue={contact?.email ?? ''} autoComplete="off" />
            </Field>
            <Field id="phone" label="Phone" error={errors.phone}>
              <Input name="phone" type="tel" defaultValue={contact?.phone ?? ''} autoComplete="off" />
            </Field>
            <Field id="company" label="Company" error={errors.company}>
              <Input name="company" defaultValue={contact?.company ?? ''} autoComplete="off" />
            </Field>
            <Field id="position" label="Position" error={errors.position}>
              <Input name="position" defaultValue={contact?.position ?? ''} autoComplete="off" />
            </Field>
          </div>
          <Field id="status" label="Status" error={errors.status}>
            <NativeSelect name="status" defaultValue={contact?.status ?? 'lead'}>
              {CONTACT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field id="hourly_rate" label="Hourly rate" error={rateError ?? errors.hourly_rate}>
            <NumberInput
              kind="amount"
              locale={locale}
              currency={currency}
              name="hourly_rate"
              value={rate}
              onChange={(e) => setRate(e.target.value)}
              placeholder="Workspace default"
            />
          </Field>
          <Field id="address" label="Address" error={errors.address}>
            <Textarea name="address" rows={2} defaultValue={contact?.address ?? ''} />
          </Field>
          <Field id="notes" label="Notes" error={errors.notes}>
            <Textarea name="notes" rows={3} defaultValue={contact?.notes ?? ''} />
          </Field>
          {message ? (
            <p role="alert" className="text-sm text-destructive">
              {message}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? 'Saving…' : editing ? 'Save changes' : 'Create contact'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
