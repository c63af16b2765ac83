'use client';

import { ArrowDownLeft, ArrowUpRight } from 'lucide-react';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { DeleteTwiceButton } from '@/components/ui/delete-twice-button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/select';
import { notify } from '@/components/ui/notify';
import { Textarea } from '@/components/ui/textarea';
import { reversal } from '@/components/ui/undo';
import { useUnsavedChanges } from '@/components/ui/unsaved-changes';
import { useApiForm } from '@/components/ui/use-api-form';
import { useRecordDialog } from '@/components/ui/use-record-dialog';
import { apiFetch } from '@/lib/api-client';
import { compareMoney, formatMoney } from '@/lib/money';
import { readAmount, writeDecimal } from '@/lib/money/input';
import { NumberInput } from '@/components/ui/number-input';
import { cn } from '@/lib/utils';
import { type InvoiceChoice, type Transaction, transactionCreateSchema, type TransactionType } from '../schema';

/**
 * Record or edit money in or out. Categories the user already uses are offered
 * as suggestions; an income can be linked to an open invoice (a payment).
 */
export function TransactionFormDialog({
  transaction,
  categories,
  invoices,
  today,
  locale,
  defaultType = 'expense',
  trigger,
  openWith,
}: {
  transaction?: Transaction;
  categories: { category: string; type: TransactionType }[];
  invoices: InvoiceChoice[];
  /** Today in the user's time zone (the default date). */
  today: string;
  locale: string;
  defaultType?: TransactionType;
  trigger: React.ReactNode;
  /** Opens when the URL has `?new=<openWith>` (the command palette's "Add transaction"); one dialog per page and key. */
  openWith?: string;
}) {
  const editing = Boolean(transaction);
  const [type, setType] = React.useState<TransactionType>(transaction?.type ?? defaultType);
  const [amount, setAmount] = React.useState(() => (transaction ? writeDecimal(transaction.amount, locale) : ''));
  const { pending, errors, message, reset, check, send, clearFieldError } = useApiForm();
  const { track: trackForm, isDirty } = useUnsavedChanges();
  const { open, setOpen, changeOpen, close, confirmingDelete, onDelete, undoEdit } = useRecordDialog({
    openWith,
    onOpen: () => {
      reset();
      setType(transaction?.type ?? defaultType);
      setAmount(transaction ? writeDecimal(transaction.amount, locale) : '');
    },
    send,
    remove: transaction
      ? { url: `/api/transactions/${transaction.id}`, deleted: 'Transaction deleted', fallback: 'Could not delete the transaction.' }
      : undefined,
  });
  const listId = React.useId();
  const suggestions = [...new Set(categories.filter((c) => c.type === type).map((c) => c.category))];
  const invoiceOptions = invoices.filter(
    (i) => i.id === transaction?.invoice_id || (i.status === 'sent' && compareMoney(i.balance, '0.00') > 0),
  );

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const reading = readAmount(amount, locale);
    const values: Record<string, unknown> = {
      type,
      amount: reading.ok ? reading.value : amount.trim(),
      date: String(form.get('date') ?? ''),
      category: String(form.get('category') ?? '').trim() || null,
      description: String(form.get('description') ?? '').trim() || null,
      invoice_id: type === 'income' ? String(form.get('invoice_id') ?? '') || null : null,
    };
    if (!check(transactionCreateSchema, values, {}, reading.ok ? {} : { amount: amount.trim() ? reading.reason : 'is required' })) return;
    await send(
      () =>
        apiFetch<{ data: Transaction }>(editing ? `/api/transactions/${transaction!.id}` : '/api/transactions', {
          method: editing ? 'PUT' : 'POST',
          body: values,
        }),
      ({ data }) => {
        close();
        announce(data);
      },
    );
  }

  /** The toast after a save; an edit can be undone (the changed fields are put back). */
  function announce(saved: Transaction) {
    if (!transaction) {
      notify.success(saved.type === 'income' ? 'Money in recorded' : 'Money out recorded', {
        description: saved.description ?? saved.category ?? undefined,
      });
      return;
    }
    notify.success('Transaction saved', {
      undo: undoEdit(
        `/api/transactions/${transaction.id}`,
        reversal(transaction, saved, ['type', 'amount', 'date', 'category', 'description', 'invoice_id']),
      ),
      undoneMessage: 'The transaction is back as before',
    });
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="sm:max-w-lg" dirty={isDirty}>
        <DialogHeader>
          <DialogTitle>{editing ? 'Edit transaction' : 'New transaction'}</DialogTitle>
          <DialogDescription>Type amounts the way you write them; you see how they are read before you save.</DialogDescription>
        </DialogHeader>
        <form
          ref={trackForm}
          onSubmit={onSubmit}
          className="grid gap-4"
          noValidate
          aria-label={editing ? 'Edit transaction' : 'New transaction'}
          onChange={clearFieldError}
        >
          <fieldset className="grid gap-1.5">
            <legend className="mb-1.5 text-sm font-medium">Type</legend>
            <div className="grid grid-cols-2 gap-2">
              {(['income', 'expense'] as const).map((option) => {
                const Icon = option === 'income' ? ArrowDownLeft : ArrowUpRight;
                const selected = type === option;
                return (
                  <label
                    key={option}
                    className={cn(
                      'flex cursor-pointer items-center justify-center gap-2 rounded-md border px-3 py-2 text-sm font-medium transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring',
                      selected && option === 'income' && 'border-green-700 bg-green-50 text-green-800',
                      selected && option === 'expense' && 'border-red-700 bg-red-50 text-red-800',
                      !selected && 'bg-card hover:bg-muted',
                    )}
                  >
                    <input
                      type="radio"
                      name="type"
                      value={option}
                      checked={selected}
                      onChange={() => setType(option)}
                      className="sr-only"
                    />
                    <Icon className="size-4" aria-hidden />
                    {option === 'income' ? 'Money in' : 'Money out'}
                  </label>
                );
              })}
            </div>
          </fieldset>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="amount" label="Amount" error={errors.amount}>
              <NumberInput
                kind="amount"
                locale={locale}
                name="amount"
                className="text-left"
                placeholder={writeDecimal('0.00', locale)}
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
              />
            </Field>
            <Field id="date" label="Date" error={errors.date}>
              <Input name="date" type="date" defaultValue={transaction?.date ?? today} />
            </Field>
          </div>
          <Field
            id="category"
            label="Category"
            error={errors.category}
            hint={suggestions.length ? 'Pick one you used before, or type a new one.' : undefined}
          >
            <Input name="category" list={listId} defaultValue={transaction?.category ?? ''} autoComplete="off" />
          </Field>
          <datalist id={listId}>
            {suggestions.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <Field id="description" label="Description" error={errors.description}>
            <Textarea name="description" rows={2} defaultValue={transaction?.description ?? ''} />
          </Field>
          {type === 'income' ? (
            <Field
              id="invoice_id"
              label="Pays invoice (optional)"
              error={errors.invoice_id}
              hint={invoiceOptions.length === 0 ? 'No open invoices to link.' : undefined}
            >
              <NativeSelect name="invoice_id" defaultValue={transaction?.invoice_id ?? ''}>
                <option value="">Not linked to an invoice</option>
                {invoiceOptions.map((inv) => (
                  <option key={inv.id} value={inv.id}>
                    {inv.invoice_number}
                    {inv.contact_name ? ` · ${inv.contact_name}` : ''} · {formatMoney(inv.balance, inv.currency, locale)} due
                  </option>
                ))}
              </NativeSelect>
            </Field>
          ) : null}
          {message ? (
            <p role="alert" className="text-sm text-destructive">
              {message}
            </p>
          ) : null}
          <DialogFooter className={editing ? 'sm:justify-between' : undefined}>
            {editing ? (
              <DeleteTwiceButton confirming={confirmingDelete} onClick={onDelete} disabled={pending}>
                Delete
              </DeleteTwiceButton>
            ) : null}
            <div className="flex flex-col-reverse gap-2 sm:flex-row">
              <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={pending}>
                {pending ? 'Saving…' : editing ? 'Save changes' : type === 'income' ? 'Record income' : 'Record expense'}
              </Button>
            </div>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
