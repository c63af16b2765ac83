'use client';

import { Check } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { zodDetails } from '@/lib/validation';
import { type UserProfile, userSettingsSchema } from '../schema';

export type BusinessSettings = Pick<
  UserProfile,
  | 'business_name'
  | 'business_address'
  | 'tax_id'
  | 'currency'
  | 'invoice_prefix'
  | 'payment_terms_days'
  | 'time_zone'
  | 'locale'
>;

export interface Option {
  value: string;
  label: string;
}

/** A few common locales offered as suggestions; any BCP 47 tag is accepted. */
const SUGGESTED_LOCALES = [
  'en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IE', 'en-IN', 'de-DE', 'de-AT', 'de-CH', 'fr-FR', 'fr-CA', 'fr-CH',
  'es-ES', 'es-MX', 'it-IT', 'nl-NL', 'nl-BE', 'pt-PT', 'pt-BR', 'sv-SE', 'da-DK', 'nb-NO', 'fi-FI', 'pl-PL',
  'cs-CZ', 'ja-JP', 'zh-CN', 'ko-KR',
];

function preview(values: { currency: string; locale: string; prefix: string; terms: string; timeZone: string }) {
  try {
    const money = new Intl.NumberFormat(values.locale, { style: 'currency', currency: values.currency }).format(1234.5);
    const date = new Intl.DateTimeFormat(values.locale, { dateStyle: 'medium', timeZone: values.timeZone }).format(new Date());
    const terms = /^\d+$/.test(values.terms) ? Number(values.terms) : null;
    return {
      number: `${values.prefix}0001`,
      money,
      date,
      due: terms === null ? '—' : terms === 0 ? 'on receipt' : `${terms} day${terms === 1 ? '' : 's'} after issue`,
    };
  } catch {
    return null;
  }
}

/**
 * The business settings used by invoices, PDFs and dates. Checked in the
 * browser with the API's schema, then by the API (currency, time zone and
 * locale against the server's own lists); its field errors show next to each
 * field.
 */
export function BusinessSettingsForm({
  settings,
  currencies,
  timeZones,
}: {
  settings: BusinessSettings;
  currencies: Option[];
  timeZones: Option[];
}) {
  const router = useRouter();
  const [pending, setPending] = React.useState(false);
  const [saved, setSaved] = React.useState(false);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [formError, setFormError] = React.useState<string | undefined>();
  const [currency, setCurrency] = React.useState(settings.currency);
  const [locale, setLocale] = React.useState(settings.locale);
  const [prefix, setPrefix] = React.useState(settings.invoice_prefix);
  const [terms, setTerms] = React.useState(String(settings.payment_terms_days));
  const [timeZone, setTimeZone] = React.useState(settings.time_zone);
  const example = preview({ currency, locale, prefix, terms, timeZone });

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const termsText = text('payment_terms_days');
    const body = {
      business_name: text('business_name') || null,
      business_address: text('business_address') || null,
      tax_id: text('tax_id') || null,
      currency: text('currency'),
      invoice_prefix: text('invoice_prefix'),
      payment_terms_days: /^\d{1,6}$/.test(termsText) ? Number(termsText) : termsText === '' ? null : termsText,
      time_zone: text('time_zone'),
      locale: text('locale'),
    };
    setSaved(false);
    // the same schema the API uses (and then the API itself, which decides)
    const checked = userSettingsSchema.safeParse(body);
    if (!checked.success) {
      setErrors(Object.fromEntries(Object.entries(zodDetails(checked.error)).map(([k, v]) => [k, v[0] ?? ''])));
      setFormError(undefined);
      return;
    }
    setPending(true);
    setErrors({});
    setFormError(undefined);
    try {
      await apiFetch<{ data: UserProfile }>('/api/auth/user', { method: 'PUT', body });
      setSaved(true);
      router.refresh();
    } catch (error) {
      if (error instanceof ApiClientError) {
        setErrors(error.fieldErrors());
        setFormError(error.message);
      } else {
        setFormError('Something went wrong. Try again.');
      }
    } finally {
      setPending(false);
    }
  }

  const knownZone = timeZones.some((z) => z.value === settings.time_zone);
  const knownCurrency = currencies.some((c) => c.value === settings.currency);

  return (
    <form onSubmit={onSubmit} className="grid gap-5" noValidate aria-label="Business settings" onChange={() => setSaved(false)}>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <Field id="business_name" label="Business name" error={errors.business_name} hint="Shown on your invoices.">
          <Input name="business_name" defaultValue={settings.business_name ?? ''} autoComplete="organization" />
        </Field>
        <Field id="tax_id" label="Tax / VAT ID" error={errors.tax_id}>
          <Input name="tax_id" defaultValue={settings.tax_id ?? ''} autoComplete="off" />
        </Field>
      </div>
      <Field id="business_address" label="Business address" error={errors.business_address}>
        <Textarea name="business_address" rows={3} defaultValue={settings.business_address ?? ''} autoComplete="street-address" />
      </Field>
      <div className="grid items-start gap-4 sm:grid-cols-3">
        <Field id="currency" label="Default currency" error={errors.currency}>
          <NativeSelect name="currency" value={currency} onChange={(e) => setCurrency(e.target.value)}>
            {knownCurrency ? null : <option value={settings.currency}>{settings.currency}</option>}
            {currencies.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field id="invoice_prefix" label="Invoice prefix" error={errors.invoice_prefix} hint="Letters, digits and . _ / # -">
          <Input name="invoice_prefix" value={prefix} onChange={(e) => setPrefix(e.target.value)} autoComplete="off" maxLength={20} />
        </Field>
        <Field id="payment_terms_days" label="Payment terms (days)" error={errors.payment_terms_days}>
          <Input
            name="payment_terms_days"
            type="number"
            inputMode="numeric"
            min={0}
            max={365}
            value={terms}
            onChange={(e) => setTerms(e.target.value)}
          />
        </Field>
      </div>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <Field id="time_zone" label="Time zone" error={errors.time_zone} hint="Due dates and “today” follow it.">
          <NativeSelect name="time_zone" value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
            {knownZone ? null : <option value={settings.time_zone}>{settings.time_zone}</option>}
            {timeZones.map((z) => (
              <option key={z.value} value={z.value}>
                {z.label}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field id="locale" label="Locale" error={errors.locale} hint="Number and date format, e.g. en-US or de-DE.">
          <Input name="locale" value={locale} onChange={(e) => setLocale(e.target.value)} list="locale-suggestions" autoComplete="off" />
        </Field>
        <datalist id="locale-suggestions">
          {SUGGESTED_LOCALES.map((l) => (
            <option key={l} value={l} />
          ))}
        </datalist>
      </div>

      <div className="rounded-md border bg-muted/60 p-3 text-sm" aria-live="polite">
        <p className="font-medium">How your invoices will look</p>
        {example ? (
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-muted-foreground">
            <dt>Number</dt>
            <dd className="min-w-0 break-all text-foreground" suppressHydrationWarning>{example.number}</dd>
            <dt>Amount</dt>
            <dd className="text-foreground tabular" suppressHydrationWarning>{example.money}</dd>
            <dt>Date</dt>
            <dd className="text-foreground" suppressHydrationWarning>{example.date}</dd>
            <dt>Due</dt>
            <dd className="text-foreground" suppressHydrationWarning>{example.due}</dd>
          </dl>
        ) : (
          <p className="mt-2 text-muted-foreground">Choose a valid currency, locale and time zone to see an example.</p>
        )}
      </div>

      {formError && Object.keys(errors).length === 0 ? (
        <p role="alert" className="text-sm text-destructive">
          {formError}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save settings'}
        </Button>
        {saved ? (
          <p role="status" className="flex items-center gap-1 text-sm text-success">
            <Check className="size-4" aria-hidden /> Saved
          </p>
        ) : null}
      </div>
    </form>
  );
}
