'use client';

import { Undo2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { NumberInput } from '@/components/ui/number-input';
import { notify } from '@/components/ui/notify';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { compareMoney, formatMoney, subtractMoney } from '@/lib/money';
import { readAmount, readQuantity, writeDecimal } from '@/lib/money/input';

/** An item of the invoice, with how much of it can still be credited. */
export interface CreditableItem {
  id: string;
  description: string;
  quantity: number;
  unit_price: string;
  left: number;
}

export interface CreditableInvoice {
  id: string;
  invoice_number: string;
  currency: string;
  amount_paid: string;
  /** total − earlier credits */
  creditable_amount: string;
  /** what has been paid and not yet refunded */
  refundable_amount: string;
  items: CreditableItem[];
}

/**
 * Credit an invoice from its page: some of its items (how many of each, up
 * to what is left of it) or an amount, with what stays to credit shown as
 * it is typed; optionally recorded as a refund (an expense) when it was paid.
 */
export function CreditNoteDialog({ invoice, locale }: { invoice: CreditableInvoice; locale: string }) {
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const [mode, setMode] = React.useState<'amount' | 'items'>('amount');
  const [amount, setAmount] = React.useState('');
  const [quantities, setQuantities] = React.useState<Record<string, string>>({});
  const [reason, setReason] = React.useState('');
  const [refund, setRefund] = React.useState(false);
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const [fieldErrors, setFieldErrors] = React.useState<Record<string, string>>({});
  const money = (value: string) => formatMoney(value, invoice.currency, locale);

  const reading = amount.trim() ? readAmount(amount, locale) : null;
  const leftAfter =
    mode === 'amount' && reading?.ok && compareMoney(reading.value, invoice.creditable_amount) <= 0
      ? subtractMoney(invoice.creditable_amount, reading.value)
      : null;
  const canRefund = compareMoney(invoice.refundable_amount, '0.00') > 0;

  function reset() {
    setMode('amount');
    setAmount('');
    setQuantities({});
    setReason('');
    setRefund(false);
    setError(undefined);
    setFieldErrors({});
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(undefined);
    setFieldErrors({});
    const body: Record<string, unknown> = {};
    if (mode === 'amount') {
      if (!reading || !reading.ok) {
        setFieldErrors({ amount: reading && !reading.ok ? reading.reason : 'Type the amount to credit.' });
        return;
      }
      body.amount = reading.value;
    } else {
      const lines: { invoice_item_id: string; quantity: string }[] = [];
      const problems: Record<string, string> = {};
      for (const item of invoice.items) {
        const typed = quantities[item.id]?.trim();
        if (!typed) continue;
        const q = readQuantity(typed, locale);
        if (!q.ok) problems[item.id] = q.reason;
        else lines.push({ invoice_item_id: item.id, quantity: q.value });
      }
      if (Object.keys(problems).length > 0) {
        setFieldErrors(problems);
        return;
      }
      if (lines.length === 0) {
        setError('Type how many of at least one item to credit.');
        return;
      }
      body.items = lines;
    }
    if (reason.trim()) body.reason = reason.trim();
    if (refund) body.refund = true;
    setPending(true);
    try {
      const { data } = await apiFetch<{ data: { credit_note_number: string; total_amount: string; invoice: { balance_due: string } } }>(
        `/api/invoices/${invoice.id}/credit-notes`,
        { method: 'POST', body },
      );
      setOpen(false);
      notify.success(`Credit note ${data.credit_note_number} issued for ${money(data.total_amount)}`, {
        description: `Balance due on ${invoice.invoice_number} is now ${money(data.invoice.balance_due)}.`,
      });
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
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Undo2 aria-hidden /> Credit
        </Button>
      </DialogTrigger>
      <DialogContent dirty={() => amount !== '' || Object.values(quantities).some((q) => q.trim() !== '') || reason !== ''}>
        <DialogHeader>
          <DialogTitle>Credit {invoice.invoice_number}</DialogTitle>
          <DialogDescription>
            {`Left to credit: ${money(invoice.creditable_amount)}. `}A credit note lowers the balance due and is kept for the books; it
            cannot be changed afterwards.
          </DialogDescription>
        </DialogHeader>
        <form className="grid gap-4" noValidate onSubmit={submit}>
          <fieldset className="flex gap-4 text-sm">
            <legend className="sr-only">What to credit</legend>
            <label className="flex items-center gap-2">
              <input type="radio" name="credit-mode" checked={mode === 'amount'} onChange={() => setMode('amount')} /> An amount
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="credit-mode" checked={mode === 'items'} onChange={() => setMode('items')} /> Items
            </label>
          </fieldset>
          {mode === 'amount' ? (
            <Field
              id="credit-amount"
              label={`Amount to credit (${invoice.currency})`}
              error={fieldErrors.amount}
              hint={leftAfter !== null ? `Left to credit afterwards: ${money(leftAfter)}` : undefined}
            >
              <NumberInput
                kind="amount"
                locale={locale}
                currency={invoice.currency}
                className="text-left"
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
              />
            </Field>
          ) : (
            <div className="grid gap-3" role="group" aria-label="Items to credit">
              {invoice.items.map((item) => (
                <Field
                  key={item.id}
                  id={`credit-item-${item.id}`}
                  label={`${item.description} (${writeDecimal(String(item.left), locale)} of ${writeDecimal(String(item.quantity), locale)} left at ${money(item.unit_price)})`}
                  error={fieldErrors[item.id]}
                >
                  <NumberInput
                    kind="quantity"
                    locale={locale}
                    className="text-left"
                    disabled={item.left <= 0}
                    value={quantities[item.id] ?? ''}
                    onChange={(e) => setQuantities((q) => ({ ...q, [item.id]: e.target.value }))}
                  />
                </Field>
              ))}
              <p className="text-xs text-muted-foreground">
                Items are credited at their price after the invoice’s discount, with their tax.
              </p>
            </div>
          )}
          <Field id="credit-reason" label="Reason (optional)" error={fieldErrors.reason}>
            <Input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Returned goods, goodwill…" />
          </Field>
          {canRefund ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={refund} onChange={(e) => setRefund(e.target.checked)} />
              Paid back to the client (records a refund expense, up to {money(invoice.refundable_amount)})
            </label>
          ) : null}
          {error ? (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {pending ? 'Issuing…' : 'Issue credit note'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
