'use client';

import { Ban, CheckCircle2, Copy, Download, Pencil, Receipt, Send, Trash2, Wallet } from 'lucide-react';
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
import { NumberInput } from '@/components/ui/number-input';
import { notify } from '@/components/ui/notify';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { formatMoney } from '@/lib/money';
import { readAmount, writeDecimal } from '@/lib/money/input';
import { zodDetails } from '@/lib/validation';
import { type Invoice, paymentCreateSchema } from '../schema';
import { EmailDialog, type SenderDetails } from './email-dialog';

type ActionInvoice = Pick<
  Invoice,
  | 'id'
  | 'invoice_number'
  | 'status'
  | 'effective_status'
  | 'total_amount'
  | 'due_date'
  | 'balance_due'
  | 'amount_paid'
  | 'currency'
  | 'contact_name'
  | 'contact_email'
>;

function useAction() {
  const router = useRouter();
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const [fieldErrors, setFieldErrors] = React.useState<Record<string, string>>({});
  async function run<T>(fn: () => Promise<T>, after?: (result: T) => void): Promise<boolean> {
    setPending(true);
    setError(undefined);
    setFieldErrors({});
    try {
      const result = await fn();
      after?.(result);
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
export function InvoiceActions({
  invoice,
  locale,
  today,
  sender,
  greetingName = null,
}: {
  invoice: ActionInvoice;
  locale: string;
  today: string;
  /** the account's business details (the send dialog asks for them while the name is missing) */
  sender: SenderDetails;
  /** whom the emails greet (the contact's first name) */
  greetingName?: string | null;
}) {
  const open = invoice.status === 'draft' || invoice.status === 'sent';
  const email = { invoice, sender, greetingName, locale, today };
  const paidSomething = invoice.amount_paid !== '0.00';
  return (
    <div className="flex flex-wrap gap-2">
      {open ? <SendDialog {...email} /> : null}
      {invoice.status === 'paid' || (invoice.status === 'sent' && paidSomething) ? (
        <EmailDialog
          kind="receipt"
          {...email}
          trigger={
            <Button variant={invoice.status === 'paid' ? 'default' : 'outline'}>
              <Receipt aria-hidden /> Send receipt
            </Button>
          }
        />
      ) : null}
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
      <DuplicateButton invoice={invoice} />
      {invoice.status === 'draft' ? <MarkSentButton invoice={invoice} /> : null}
      {open && invoice.amount_paid === '0.00' ? <CancelButton invoice={invoice} /> : null}
      {invoice.status === 'draft' ? <DeleteButton invoice={invoice} /> : null}
    </div>
  );
}

function SendDialog(props: Omit<React.ComponentProps<typeof EmailDialog>, 'kind' | 'trigger' | 'invoice'> & { invoice: ActionInvoice }) {
  const reminder = props.invoice.status !== 'draft';
  return (
    <EmailDialog
      kind={reminder ? 'reminder' : 'invoice'}
      {...props}
      trigger={
        <Button>
          <Send aria-hidden /> {reminder ? 'Send reminder' : 'Send invoice'}
        </Button>
      }
    />
  );
}

/** A new draft with the same client, lines, discount and notes; opens it for editing. */
function DuplicateButton({ invoice }: { invoice: ActionInvoice }) {
  const router = useRouter();
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  return (
    <>
      <Button
        variant="outline"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          setError(undefined);
          try {
            const { data } = await apiFetch<{ data: { id: string; invoice_number: string } }>(`/api/invoices/${invoice.id}/duplicate`, { method: 'POST' });
            notify.success(`${data.invoice_number} created as a copy of ${invoice.invoice_number}`, { description: 'It is a draft: check the dates and lines, then send it.' });
            router.push(`/invoices/${data.id}/edit`);
          } catch (e) {
            setError(e instanceof ApiClientError ? e.message : 'Something went wrong. Try again.');
            setPending(false);
          }
        }}
      >
        <Copy aria-hidden /> {pending ? 'Duplicating…' : 'Duplicate'}
      </Button>
      <Problem message={error} />
    </>
  );
}

function PaymentDialog({ invoice, locale, today }: { invoice: ActionInvoice; locale: string; today: string }) {
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const [amount, setAmount] = React.useState(() => writeDecimal(invoice.balance_due, locale));
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
          setAmount(writeDecimal(invoice.balance_due, locale));
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
      <DialogContent dirty={() => amount !== writeDecimal(invoice.balance_due, locale) || date !== today || description.trim() !== ''}>
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
            const reading = readAmount(amount, locale);
            const values = { amount: reading.ok ? reading.value : amount, date, ...(description.trim() ? { description: description.trim() } : {}) };
            if (!reading.ok) {
              action.setFieldErrors({ amount: reading.reason });
              return;
            }
            const checked = paymentCreateSchema.safeParse(values);
            if (!checked.success) {
              action.setFieldErrors(Object.fromEntries(Object.entries(zodDetails(checked.error)).map(([k, v]) => [k, v[0] ?? ''])));
              return;
            }
            await action.run(
              () =>
                apiFetch<{ data: { id: string; invoice: { balance_due: string; status: string } } }>(`/api/invoices/${invoice.id}/payments`, {
                  method: 'POST',
                  body: values,
                }),
              ({ data }) => {
                setOpen(false);
                const paid = formatMoney(values.amount, invoice.currency, locale);
                notify.success(`Payment of ${paid} recorded on ${invoice.invoice_number}`, {
                  description:
                    data.invoice.balance_due === '0.00'
                      ? 'The invoice is paid in full.'
                      : `Still to pay: ${formatMoney(data.invoice.balance_due, invoice.currency, locale)}`,
                  undo: async () => {
                    await apiFetch(`/api/invoices/${invoice.id}/payments/${data.id}`, { method: 'DELETE' });
                    router.refresh();
                  },
                  undoneMessage: `Payment removed; ${invoice.invoice_number} is as it was`,
                });
              },
            );
          }}
        >
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="payment-amount" label={`Amount (${invoice.currency})`} error={action.fieldErrors.amount}>
              <NumberInput kind="amount" locale={locale} currency={invoice.currency} className="text-left" value={amount} onChange={(e) => setAmount(e.target.value)} />
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
  done,
}: {
  trigger: React.ReactNode;
  title: string;
  description: string;
  confirm: string;
  destructive?: boolean;
  onConfirm: () => Promise<unknown>;
  /** what the toast says once it is done */
  done: string;
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
          <Button
            variant={destructive ? 'destructive' : 'default'}
            disabled={action.pending}
            onClick={() =>
              action.run(onConfirm, () => {
                setOpen(false);
                notify.success(done);
              })
            }
          >
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
      done={`${invoice.invoice_number} marked as sent`}
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
      done={`${invoice.invoice_number} cancelled: it is no longer owed`}
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
      done={`Draft ${invoice.invoice_number} deleted`}
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
      done={`Payment of ${label} removed`}
      description={`The payment of ${label} is deleted from your income, and the invoice's balance grows by as much.`}
      confirm="Remove payment"
      destructive
      onConfirm={() => apiFetch(`/api/invoices/${invoiceId}/payments/${paymentId}`, { method: 'DELETE' })}
    />
  );
}
