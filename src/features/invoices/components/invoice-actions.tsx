'use client';

import { Ban, CheckCircle2, Copy, Download, Pencil, Receipt, Send, Trash2 } from 'lucide-react';
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
import { notify } from '@/components/ui/notify';
import { useCanWrite } from '@/features/workspaces/components/workspace-role';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { EmailDialog, type SenderDetails } from './email-dialog';
import { type ActionInvoice, Problem, useAction } from './invoice-action-state';
import { PaymentDialog } from './payment-dialog';

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
  const writable = useCanWrite();
  const pdf = (
    <Button asChild variant="outline">
      <a href={`/api/invoices/${invoice.id}/pdf`} target="_blank" rel="noopener">
        <Download aria-hidden /> PDF
      </a>
    </Button>
  );
  // a viewer reads the invoice and its PDF; sending, editing and payments need a member
  if (!writable) return <div className="flex flex-wrap gap-2">{pdf}</div>;
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
      {pdf}
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
            const { data } = await apiFetch<{ data: { id: string; invoice_number: string } }>(`/api/invoices/${invoice.id}/duplicate`, {
              method: 'POST',
            });
            notify.success(`${data.invoice_number} created as a copy of ${invoice.invoice_number}`, {
              description: 'It is a draft: check the dates and lines, then send it.',
            });
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
  const writable = useCanWrite();
  if (!writable) return null;
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
