'use client';

import { Wallet } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { NumberInput } from '@/components/ui/number-input';
import { notify } from '@/components/ui/notify';
import { apiFetch } from '@/lib/api-client';
import { formatMoney } from '@/lib/money';
import { readAmount, writeDecimal } from '@/lib/money/input';
import { zodDetails } from '@/lib/validation';
import { paymentCreateSchema } from '../schema';
import { type ActionInvoice, Problem, useAction } from './invoice-action-state';

export function PaymentDialog({ invoice, locale, today }: { invoice: ActionInvoice; locale: string; today: string }) {
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
            const values = {
              amount: reading.ok ? reading.value : amount,
              date,
              ...(description.trim() ? { description: description.trim() } : {}),
            };
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
                apiFetch<{ data: { id: string; invoice: { balance_due: string; status: string } } }>(
                  `/api/invoices/${invoice.id}/payments`,
                  {
                    method: 'POST',
                    body: values,
                  },
                ),
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
              <NumberInput
                kind="amount"
                locale={locale}
                currency={invoice.currency}
                className="text-left"
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
              />
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
