'use client';

// Over 400 lines on purpose: one form whose parts (client and dates, lines, discount,
// live totals, the sticky phone total) share one state and one submit; split, each
// part would need all of it passed in.

import { Plus, Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { addDays } from '@/lib/time';
import { formatMoney } from '@/lib/money';
import { type NumberKind, readTyped, writeDecimal } from '@/lib/money/input';
import { NumberInput } from '@/components/ui/number-input';
import { notify } from '@/components/ui/notify';
import { cn } from '@/lib/utils';
import { zodDetails } from '@/lib/validation';
import { quoteCreateSchema, quoteUpdateSchema } from '@/features/quotes/schema';
import { type InvoiceDetail, invoiceCreateSchema, invoiceUpdateSchema, MAX_ITEMS } from '../schema';
import { computeTotals, type Discount, type Totals, TotalsError } from '../totals';

export interface ContactOption {
  id: string;
  name: string;
  email: string | null;
  company: string | null;
}

interface Line {
  key: number;
  description: string;
  quantity: string;
  unit_price: string;
  tax_rate: string;
}

export interface EditorDefaults {
  currency: string;
  issue_date: string;
  payment_terms_days: number;
  invoice_prefix: string;
  /** the number a new invoice gets when none is typed (GET /api/invoices/settings) */
  next_invoice_number?: string;
  contact_id?: string;
}

/**
 * The editor serves invoices and quotes (docs/decisions/0110-quotes.md): a quote is edited
 * in an invoice's shape (`invoice_number` holds its number, `due_date` its valid_until).
 */
const KINDS = {
  invoice: {
    noun: 'Invoice',
    api: '/api/invoices',
    page: '/invoices',
    numberField: 'invoice_number',
    dateField: 'due_date',
    dateLabel: 'Due date',
    create: invoiceCreateSchema,
    update: invoiceUpdateSchema,
  },
  quote: {
    noun: 'Quote',
    api: '/api/quotes',
    page: '/quotes',
    numberField: 'quote_number',
    dateField: 'valid_until',
    dateLabel: 'Valid until',
    create: quoteCreateSchema,
    update: quoteUpdateSchema,
  },
} as const;

let nextKey = 1;
const emptyLine = (): Line => ({ key: nextKey++, description: '', quantity: '1', unit_price: '', tax_rate: '' });

const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'INR', 'BRL', 'MXN'];

/** The value a typed field stands for in the live preview; what cannot be read counts as zero there. */
function previewValue(text: string, kind: NumberKind, locale: string, zero: string): string {
  if (text.trim() === '') return zero;
  const reading = readTyped(text, kind, locale);
  return reading.ok ? reading.value : zero;
}

/**
 * The invoice editor: client, number, dates, currency, line items, discount
 * and notes, with live totals computed by the same code (and rounding rule)
 * as the database, so they match the saved invoice to the cent.
 */
export function InvoiceEditor({
  invoice,
  contacts,
  defaults,
  locale,
  kind = 'invoice',
}: {
  invoice?: InvoiceDetail;
  contacts: ContactOption[];
  defaults: EditorDefaults;
  locale: string;
  kind?: keyof typeof KINDS;
}) {
  const router = useRouter();
  const doc = KINDS[kind];
  const editing = Boolean(invoice);
  const [contactId, setContactId] = React.useState(invoice?.contact_id ?? defaults.contact_id ?? '');
  const [number, setNumber] = React.useState(invoice?.invoice_number ?? '');
  const [issueDate, setIssueDate] = React.useState(invoice?.issue_date ?? defaults.issue_date);
  const [dueDate, setDueDate] = React.useState(invoice?.due_date ?? addDays(defaults.issue_date, defaults.payment_terms_days));
  const [dueTouched, setDueTouched] = React.useState(editing);
  const [currency, setCurrency] = React.useState(invoice?.currency ?? defaults.currency);
  const [discountType, setDiscountType] = React.useState<'' | 'percent' | 'amount'>(invoice?.discount_type ?? '');
  const [discountValue, setDiscountValue] = React.useState(invoice?.discount_value ? writeDecimal(invoice.discount_value, locale) : '');
  const [notes, setNotes] = React.useState(invoice?.notes ?? '');
  const [lines, setLines] = React.useState<Line[]>(() =>
    invoice
      ? invoice.items.map((item) => ({
          key: nextKey++,
          description: item.description,
          quantity: writeDecimal(String(item.quantity), locale),
          unit_price: writeDecimal(item.unit_price, locale),
          tax_rate: item.tax_rate === '0' ? '' : writeDecimal(item.tax_rate, locale),
        }))
      : [emptyLine()],
  );
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [formError, setFormError] = React.useState<string | undefined>();
  const [pending, setPending] = React.useState(false);

  const money = (value: string) => formatMoney(value, currency.length === 3 ? currency : 'USD', locale);

  const preview = React.useMemo((): { totals: Totals; problem?: string } => {
    const previewLines = lines.map((l) => ({
      quantity: previewValue(l.quantity, 'quantity', locale, '0'),
      unit_price: previewValue(l.unit_price, 'amount', locale, '0.00'),
      tax_rate: previewValue(l.tax_rate, 'percent', locale, '0'),
    }));
    const discount: Discount = discountType
      ? { type: discountType, value: previewValue(discountValue, discountType === 'percent' ? 'percent' : 'amount', locale, '0') }
      : null;
    try {
      return { totals: computeTotals(previewLines, discount) };
    } catch (error) {
      const problem = error instanceof TotalsError ? `Discount ${error.problem}` : 'The discount is not valid';
      return { totals: computeTotals(previewLines, null), problem };
    }
  }, [lines, discountType, discountValue, locale]);

  function updateLine(key: number, changes: Partial<Line>) {
    setLines((current) => current.map((line) => (line.key === key ? { ...line, ...changes } : line)));
  }

  /**
   * The request body, every typed number read by the one reader in the
   * user's locale; what cannot be read is reported against its field.
   */
  function body(): { values: Record<string, unknown>; problems: Record<string, string> } {
    const problems: Record<string, string> = {};
    const read = (field: string, text: string, kind: NumberKind, empty?: string): string | undefined => {
      if (text.trim() === '' && empty !== undefined) return empty;
      if (text.trim() === '') {
        problems[field] = 'is required';
        return undefined;
      }
      const reading = readTyped(text, kind, locale);
      if (reading.ok) return reading.value;
      problems[field] = reading.reason;
      return undefined;
    };
    const values = {
      contact_id: contactId || null,
      ...(number.trim() ? { [doc.numberField]: number.trim() } : {}),
      issue_date: issueDate,
      [doc.dateField]: dueDate,
      currency: currency.trim().toUpperCase(),
      discount_type: discountType || null,
      discount_value: discountType ? read('discount_value', discountValue, discountType === 'percent' ? 'percent' : 'amount') : null,
      notes: notes.trim() || null,
      items: lines.map((line, index) => ({
        description: line.description,
        quantity: read(`items.${index}.quantity`, line.quantity, 'quantity'),
        unit_price: read(`items.${index}.unit_price`, line.unit_price, 'amount'),
        tax_rate: read(`items.${index}.tax_rate`, line.tax_rate, 'percent', '0'),
      })),
    };
    return { values, problems };
  }

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const { values, problems } = body();
    const checked = (editing ? doc.update : doc.create).safeParse(values);
    if (!checked.success || Object.keys(problems).length > 0) {
      const schemaProblems = checked.success
        ? {}
        : Object.fromEntries(Object.entries(zodDetails(checked.error)).map(([k, v]) => [k, v[0] ?? '']));
      setErrors({ ...schemaProblems, ...problems });
      setFormError('Some fields need attention.');
      return;
    }
    setPending(true);
    setErrors({});
    setFormError(undefined);
    try {
      const { data } = await apiFetch<{ data: { id: string; invoice_number?: string; quote_number?: string } }>(
        editing ? `${doc.api}/${invoice!.id}` : doc.api,
        { method: editing ? 'PUT' : 'POST', body: values },
      );
      const saved = data.invoice_number ?? data.quote_number ?? '';
      notify.success(editing ? `Changes to ${saved} saved` : `${doc.noun} ${saved} created as a draft`, {
        description: editing ? undefined : 'Send it when it is ready.',
      });
      router.push(`${doc.page}/${data.id}`);
      router.refresh();
    } catch (error) {
      if (error instanceof ApiClientError) {
        setErrors(error.fieldErrors());
        setFormError(error.message);
      } else {
        setFormError('Something went wrong. Try again.');
      }
      setPending(false);
    }
  }

  const selected = contacts.find((c) => c.id === contactId);

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={editing ? `Edit ${doc.noun.toLowerCase()}` : `New ${doc.noun.toLowerCase()}`}
      className="grid gap-5"
    >
      <Card>
        <CardHeader>
          <CardTitle>Details</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <div className="sm:col-span-2 lg:col-span-1">
            <Field
              id="contact_id"
              label="Client"
              error={errors.contact_id}
              hint={selected ? (selected.email ? `Sent to ${selected.email}` : 'This contact has no email address yet') : undefined}
            >
              <NativeSelect value={contactId} onChange={(e) => setContactId(e.target.value)}>
                <option value="">No client yet</option>
                {contacts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.company ? `${c.name} (${c.company})` : c.name}
                  </option>
                ))}
              </NativeSelect>
            </Field>
          </div>
          <Field
            id={doc.numberField}
            label={`${doc.noun} number`}
            error={errors[doc.numberField]}
            hint={editing ? undefined : `Leave empty for the next number: ${defaults.next_invoice_number ?? `${defaults.invoice_prefix}…`}`}
          >
            <Input value={number} onChange={(e) => setNumber(e.target.value)} placeholder="Automatic" autoComplete="off" />
          </Field>
          <Field id="currency" label="Currency" error={errors.currency}>
            <Input
              value={currency}
              onChange={(e) => setCurrency(e.target.value.toUpperCase().slice(0, 3))}
              list="currency-codes"
              autoComplete="off"
              className="uppercase"
            />
          </Field>
          <datalist id="currency-codes">
            {COMMON_CURRENCIES.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <Field id="issue_date" label="Issue date" error={errors.issue_date}>
            <Input
              type="date"
              value={issueDate}
              onChange={(e) => {
                setIssueDate(e.target.value);
                if (!dueTouched && /^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) {
                  setDueDate(addDays(e.target.value, defaults.payment_terms_days));
                }
              }}
            />
          </Field>
          <Field id={doc.dateField} label={doc.dateLabel} error={errors[doc.dateField]}>
            <Input
              type="date"
              value={dueDate}
              onChange={(e) => {
                setDueDate(e.target.value);
                setDueTouched(true);
              }}
            />
          </Field>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Items</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-3">
          <div
            aria-hidden
            className="hidden gap-2 text-xs font-medium uppercase tracking-wide text-muted-foreground md:grid md:grid-cols-[minmax(0,1fr)_5rem_7.5rem_5.5rem_7.5rem_2.25rem]"
          >
            <span>Description</span>
            <span className="text-right">Qty</span>
            <span className="text-right">Unit price</span>
            <span className="text-right">Tax %</span>
            <span className="text-right">Amount</span>
            <span />
          </div>
          <ol className="grid gap-3" aria-label={`${doc.noun} items`}>
            {lines.map((line, index) => {
              const n = index + 1;
              const err = (field: string) => errors[`items.${index}.${field}`];
              return (
                <li
                  key={line.key}
                  className="grid grid-cols-2 gap-2 rounded-md border p-3 md:grid-cols-[minmax(0,1fr)_5rem_7.5rem_5.5rem_7.5rem_2.25rem] md:items-start md:border-0 md:p-0"
                >
                  <div className="col-span-2 md:col-span-1">
                    <Textarea
                      aria-label={`Description, line ${n}`}
                      aria-invalid={err('description') ? true : undefined}
                      rows={1}
                      className="min-h-9 resize-y"
                      placeholder="What you did or delivered"
                      value={line.description}
                      onChange={(e) => updateLine(line.key, { description: e.target.value })}
                    />
                    {err('description') ? <p className="mt-1 text-xs text-destructive">{err('description')}</p> : null}
                  </div>
                  <LineInput label={`Quantity, line ${n}`} short="Qty" error={err('quantity')}>
                    <NumberInput
                      kind="quantity"
                      locale={locale}
                      value={line.quantity}
                      onChange={(e) => updateLine(line.key, { quantity: e.target.value })}
                    />
                  </LineInput>
                  <LineInput label={`Unit price, line ${n}`} short="Unit price" error={err('unit_price')}>
                    <NumberInput
                      kind="amount"
                      locale={locale}
                      currency={currency}
                      placeholder={writeDecimal('0.00', locale)}
                      value={line.unit_price}
                      onChange={(e) => updateLine(line.key, { unit_price: e.target.value })}
                    />
                  </LineInput>
                  <LineInput label={`Tax rate, line ${n}`} short="Tax %" error={err('tax_rate')}>
                    <NumberInput
                      kind="percent"
                      locale={locale}
                      placeholder="0"
                      value={line.tax_rate}
                      onChange={(e) => updateLine(line.key, { tax_rate: e.target.value })}
                    />
                  </LineInput>
                  <div
                    className="flex h-9 items-center justify-end self-end text-sm tabular-nums md:self-start"
                    aria-label={`Amount, line ${n}`}
                  >
                    <span className="mr-auto text-xs text-muted-foreground md:hidden">Amount</span>
                    {money(preview.totals.line_totals[index] ?? '0.00')}
                  </div>
                  <div className="col-span-2 flex items-start justify-end md:col-span-1">
                    <Button
                      type="button"
                      variant="ghost"
                      className="h-9 px-2 text-muted-foreground md:w-9"
                      aria-label={`Remove line ${n}`}
                      disabled={lines.length === 1}
                      onClick={() => setLines((current) => current.filter((l) => l.key !== line.key))}
                    >
                      <Trash2 aria-hidden />
                      <span className="md:hidden">Remove</span>
                    </Button>
                  </div>
                </li>
              );
            })}
          </ol>
          {errors.items ? <p className="text-xs text-destructive">{errors.items}</p> : null}
          <div>
            <Button
              type="button"
              variant="outline"
              size="sm"
              disabled={lines.length >= MAX_ITEMS}
              onClick={() => setLines((current) => [...current, emptyLine()])}
            >
              <Plus aria-hidden /> Add line
            </Button>
          </div>
        </CardContent>
      </Card>

      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card>
          <CardHeader>
            <CardTitle>Discount and notes</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-4 sm:grid-cols-2">
            <Field id="discount_type" label="Discount" error={errors.discount_type}>
              <NativeSelect value={discountType} onChange={(e) => setDiscountType(e.target.value as '' | 'percent' | 'amount')}>
                <option value="">No discount</option>
                <option value="percent">Percentage</option>
                <option value="amount">Fixed amount</option>
              </NativeSelect>
            </Field>
            {discountType ? (
              <Field
                id="discount_value"
                label={discountType === 'percent' ? 'Discount (%)' : `Discount (${currency})`}
                error={errors.discount_value}
              >
                <NumberInput
                  kind={discountType === 'percent' ? 'percent' : 'amount'}
                  locale={locale}
                  currency={currency}
                  className="text-left"
                  value={discountValue}
                  onChange={(e) => setDiscountValue(e.target.value)}
                  placeholder="0"
                />
              </Field>
            ) : null}
            <div className="sm:col-span-2">
              <Field
                id="notes"
                label="Notes for the client"
                error={errors.notes}
                hint="Payment details, thanks, terms: printed on the invoice."
              >
                <Textarea value={notes} rows={3} onChange={(e) => setNotes(e.target.value)} />
              </Field>
            </div>
          </CardContent>
        </Card>

        <Card aria-labelledby="totals-title">
          <CardHeader>
            <CardTitle id="totals-title">Totals</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-1.5 text-sm" data-testid="editor-totals">
              <TotalRow label="Subtotal" value={money(preview.totals.subtotal)} />
              {discountType ? <TotalRow label="Discount" value={`−${money(preview.totals.discount_amount)}`} /> : null}
              {preview.totals.taxes.map((tax) => (
                <TotalRow key={tax.rate} label={`Tax ${tax.rate}% on ${money(tax.base)}`} value={money(tax.amount)} />
              ))}
              <div className="mt-1 border-t pt-2">
                <TotalRow label="Total" value={money(preview.totals.total_amount)} strong testId="editor-total" />
              </div>
            </dl>
            {preview.problem ? <p className="mt-2 text-xs text-destructive">{preview.problem}</p> : null}
          </CardContent>
        </Card>
      </div>

      <div
        className="sticky bottom-0 z-10 -mx-4 flex items-baseline justify-between gap-4 border-t bg-background/95 px-4 py-2 text-sm backdrop-blur lg:hidden"
        data-testid="editor-sticky-total"
      >
        <span className="text-muted-foreground">Total so far</span>
        <span className="text-base font-semibold tabular-nums">{money(preview.totals.total_amount)}</span>
      </div>

      {formError ? (
        <p role="alert" className="text-sm text-destructive">
          {formError}
        </p>
      ) : null}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="outline" onClick={() => router.back()} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : editing ? 'Save changes' : `Create ${doc.noun.toLowerCase()}`}
        </Button>
      </div>
    </form>
  );
}

function LineInput({
  label,
  short,
  error,
  children,
}: {
  label: string;
  short: string;
  error?: string;
  children: React.ReactElement<{ 'aria-label'?: string; 'aria-invalid'?: boolean }>;
}) {
  return (
    <label className="grid gap-1">
      <span className="text-xs text-muted-foreground md:sr-only">{short}</span>
      {React.cloneElement(children, { 'aria-label': label, 'aria-invalid': error ? true : undefined })}
      {error ? <span className="text-xs text-destructive">{error}</span> : null}
    </label>
  );
}

function TotalRow({ label, value, strong = false, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <div className={cn('flex items-baseline justify-between gap-4', strong && 'text-base font-semibold')}>
      <dt className={cn(!strong && 'text-muted-foreground')}>{label}</dt>
      <dd className="tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
