'use client';

import { Ban, CheckCircle2, Download, Pencil, Send, Trash2, Wallet } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from '@/components/ui/alert-dialog';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { formatMoney } from '@/lib/money';
import { zodDetails } from '@/lib/validation';
import { type Invoice, paymentCreateSchema } from '../schema';

type ActionInvoice = Pick<
  Invoice,
  'id' | 'invoice_number' | 'status' | 'effective_status' | 'balance_due' | 'amount_paid' | 'currency' | 'contact_name' | 'contact_email'
>;

function useAction() {
  const router = useRouter();
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const [fieldErrors, setFieldErrors] = React.useState<Record<string, string>>({});
  async function run(fn: () => Promise<unknown>, after?: () => void): Promise<boolean> {
    setPending(true);
    setError(undefined);
    setFieldErrors({});
    try {
      await fn();
      after?.();
      router.refresh();
      return true;
    } catch (e) {
      if (e instanceof ApiClientError) {
        setError(e.message);
        setFieldErrors(e.fieldErrors());
      } else setError('Something went wrong. Try again.');
      return false;
    } finally {
      setPending(false);
    }
  }
  return { pending, error, fieldErrors, setFieldErrors, run, reset: () => (setError(undefined), setFieldErrors({})) };
}

function Problem({ message }: { message?: string }) {
  return message ? (
    <p role="alert" className="text-sm text-destructive">
      {message}
    </p>
  ) : null;
}

/** What can be done with an invoice in its current state. */
export function InvoiceActions({ invoice, locale, today }: { invoice: ActionInvoice; locale: string; today: string }) {
  const open = invoice.status === 'draft' || invoice.status === 'sent';
  return (
    <div className="flex flex-wrap gap-2">
      {open ? <SendDialog invoice={invoice} /> : null}
      {invoice.status === 'sent' ? <PaymentDialog invoice={invoice} locale={locale} today={today} /> : null}
      {invoice.status === 'draft' ? (
        <Button asChild variant="outline">
          <Link href={`/invoices/${invoice.id}/edit`}>
            <Pencil aria-hidden /> Edit
          </Link>
        </Button>
      ) : null}
      <Button asChild variant="outline">
        <a href={`/api/invoices/${invoice.id}/pdf`} target="_blank" rel="noopener">
          <Download aria-hidden /> PDF
        </a>
      </Button>
      {invoice.status === 'draft' ? <MarkSentButton invoice={invoice} /> : null}
      {open && invoice.amount_paid === '0.00' ? <CancelButton invoice={invoice} /> : null}
      {invoice.status === 'draft' ? <DeleteButton invoice={invoice} /> : null}
    </div>
  );
}

function SendDialog({ invoice }: { invoice: ActionInvoice }) {
  const [open, setOpen] = React.useState(false);
  const [message, setMessage] = React.useState('');
  const action = useAction();
  const reminder = invoice.status !== 'draft';
  const label = reminder ? 'Send reminder' : 'Send invoice';
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) action.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Send aria-hidden /> {label}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{label}</DialogTitle>
          <DialogDescription>
            {invoice.contact_email
              ? `Invoice ${invoice.invoice_number} goes to ${invoice.contact_name ?? ''} <${invoice.contact_email}> with the PDF attached.`
              : 'The client of this invoice has no email address. Add one to the contact first.'}
            {reminder ? ' It is sent as a reminder of the open balance.' : ' The invoice is then marked as sent.'}
          </DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          onSubmit={async (e) => {
            e.preventDefault();
            await action.run(
              () => apiFetch(`/api/invoices/${invoice.id}/send`, { method: 'POST', body: message.trim() ? { message: message.trim() } : {} }),
              () => setOpen(false),
            );
          }}
        >
          <Field id="send-message" label="Personal note (optional)" hint="Placed above the standard text of the email.">
            <Textarea rows={3} value={message} onChange={(e) => setMessage(e.target.value)} />
          </Field>
          <Problem message={action.error} />
          <DialogFooter>
            <Button type="submit" disabled={action.pending || !invoice.contact_email}>
              {action.pending ? 'Sending…' : label}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function PaymentDialog({ invoice, locale, today }: { invoice: ActionInvoice; locale: string; today: string }) {
  const [open, setOpen] = React.useState(false);
  const [amount, setAmount] = React.useState(invoice.balance_due);
  const [date, setDate] = React.useState(today);
  const [description, setDescription] = React.useState('');
  const action = useAction();
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          action.reset();
          setAmount(invoice.balance_due);
          setDate(today);
          setDescription('');
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline">
          <Wallet aria-hidden /> Record payment
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Record a payment</DialogTitle>
          <DialogDescription>
            {`Balance due on ${invoice.invoice_number}: ${formatMoney(invoice.balance_due, invoice.currency, locale)}. `}
            The payment is added to your income; the invoice is paid when the balance reaches zero.
          </DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const values = { amount: amount.trim().replace(',', '.'), date, ...(description.trim() ? { description: description.trim() } : {}) };
            const checked = paymentCreateSchema.safeParse(values);
            if (!checked.success) {
              action.setFieldErrors(Object.fromEntries(Object.entries(zodDetails(checked.error)).map(([k, v]) => [k, v[0] ?? ''])));
              return;
            }
            await action.run(
              () => apiFetch(`/api/invoices/${invoice.id}/payments`, { method: 'POST', body: values }),
              () => setOpen(false),
            );
          }}
        >
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="payment-amount" label={`Amount (${invoice.currency})`} error={action.fieldErrors.amount}>
              <Input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
            </Field>
            <Field id="payment-date" label="Received on" error={action.fieldErrors.date}>
              <Input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            </Field>
          </div>
          <Field id="payment-description" label="Reference (optional)" error={action.fieldErrors.description}>
            <Input value={description} onChange={(e) => setDescription(e.target.value)} placeholder="Bank transfer, card, cash…" />
          </Field>
          <Problem message={action.error} />
          <DialogFooter>
            <Button type="submit" disabled={action.pending}>
              {action.pending ? 'Saving…' : 'Record payment'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function ConfirmButton({
  trigger,
  title,
  description,
  confirm,
  destructive = false,
  onConfirm,
}: {
  trigger: React.ReactNode;
  title: string;
  description: string;
  confirm: string;
  destructive?: boolean;
  onConfirm: () => Promise<unknown>;
}) {
  const [open, setOpen] = React.useState(false);
  const action = useAction();
  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) action.reset();
      }}
    >
      <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <Problem message={action.error} />
        <AlertDialogFooter>
          <AlertDialogCancel disabled={action.pending}>Keep it</AlertDialogCancel>
          <Button variant={destructive ? 'destructive' : 'default'} disabled={action.pending} onClick={() => action.run(onConfirm, () => setOpen(false))}>
            {action.pending ? 'Working…' : confirm}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

function MarkSentButton({ invoice }: { invoice: ActionInvoice }) {
  return (
    <ConfirmButton
      trigger={
        <Button variant="outline">
          <CheckCircle2 aria-hidden /> Mark as sent
        </Button>
      }
      title={`Mark ${invoice.invoice_number} as sent?`}
      description="Use this when you delivered the invoice yourself (by hand, another email). Its items and amounts can no longer change afterwards."
      confirm="Mark as sent"
      onConfirm={() => apiFetch(`/api/invoices/${invoice.id}`, { method: 'PUT', body: { status: 'sent' } })}
    />
  );
}

function CancelButton({ invoice }: { invoice: ActionInvoice }) {
  return (
    <ConfirmButton
      trigger={
        <Button variant="outline">
          <Ban aria-hidden /> Cancel invoice
        </Button>
      }
      title={`Cancel ${invoice.invoice_number}?`}
      description="A cancelled invoice keeps its number and stays in your records, but is no longer owed and gets no reminders. This cannot be undone."
      confirm="Cancel invoice"
      destructive
      onConfirm={() => apiFetch(`/api/invoices/${invoice.id}`, { method: 'PUT', body: { status: 'cancelled' } })}
    />
  );
}

function DeleteButton({ invoice }: { invoice: ActionInvoice }) {
  const router = useRouter();
  return (
    <ConfirmButton
      trigger={
        <Button variant="outline" className="text-destructive hover:text-destructive">
          <Trash2 aria-hidden /> Delete draft
        </Button>
      }
      title={`Delete draft ${invoice.invoice_number}?`}
      description="The draft and its items are removed for good."
      confirm="Delete draft"
      destructive
      onConfirm={async () => {
        await apiFetch(`/api/invoices/${invoice.id}`, { method: 'DELETE' });
        router.push('/invoices');
      }}
    />
  );
}

/** Removes a recorded payment (the invoice goes back to sent when it was paid). */
export function RemovePaymentButton({ invoiceId, paymentId, label }: { invoiceId: string; paymentId: string; label: string }) {
  return (
    <ConfirmButton
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Remove payment ${label}`}>
          <Trash2 aria-hidden />
        </Button>
      }
      title="Remove this payment?"
      description={`The payment of ${label} is deleted from your income, and the invoice's balance grows by as much.`}
      confirm="Remove payment"
      destructive
      onConfirm={() => apiFetch(`/api/invoices/${invoiceId}/payments/${paymentId}`, { method: 'DELETE' })}
    />
  );
}
