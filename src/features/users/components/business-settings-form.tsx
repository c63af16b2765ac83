'use client';

// Over 400 lines on purpose: one form (business details, logo, numbering, terms, locale and time zone) with
// one submit and one live preview of how invoices will look.
import { Check, ImageUp, Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { zodDetails } from '@/lib/validation';
import { type LogoInfo, logoUploadSchema, MAX_LOGO_BYTES, nextNumberWithPrefix, type UserProfile, userSettingsSchema } from '../schema';

export type BusinessSettings = Pick<
  UserProfile,
  | 'business_name'
  | 'business_address'
  | 'tax_id'
  | 'payment_instructions'
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
  'en-US',
  'en-GB',
  'en-AU',
  'en-CA',
  'en-IE',
  'en-IN',
  'de-DE',
  'de-AT',
  'de-CH',
  'fr-FR',
  'fr-CA',
  'fr-CH',
  'es-ES',
  'es-MX',
  'it-IT',
  'nl-NL',
  'nl-BE',
  'pt-PT',
  'pt-BR',
  'sv-SE',
  'da-DK',
  'nb-NO',
  'fi-FI',
  'pl-PL',
  'cs-CZ',
  'ja-JP',
  'zh-CN',
  'ko-KR',
];

function preview(values: { currency: string; locale: string; prefix: string; terms: string; timeZone: string; number: string }) {
  try {
    const money = new Intl.NumberFormat(values.locale, { style: 'currency', currency: values.currency }).format(1234.5);
    const date = new Intl.DateTimeFormat(values.locale, { dateStyle: 'medium', timeZone: values.timeZone }).format(new Date());
    const terms = /^\d+$/.test(values.terms) ? Number(values.terms) : null;
    return {
      number: values.number,
      money,
      date,
      due: terms === null ? '—' : terms === 0 ? 'on receipt' : `${terms} day${terms === 1 ? '' : 's'} after issue`,
    };
  } catch {
    return null;
  }
}

/** The address of the account's logo (a version in the query string, so a new one is fetched). */
export function logoUrl(version: string | number | Date | null | undefined): string {
  return `/api/invoices/settings/logo${version ? `?v=${encodeURIComponent(new Date(version).getTime() || String(version))}` : ''}`;
}

/** Sends a logo chosen with LogoField (a `data:` URL) to the API. */
export async function uploadLogo(image: string): Promise<LogoInfo> {
  const { data } = await apiFetch<{ data: LogoInfo }>('/api/invoices/settings/logo', { method: 'PUT', body: { image } });
  return data;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * Choosing a logo: a PNG or JPEG of at most 200 KB, checked here by its bytes
 * with the API's schema (the API checks again, the whole file). Shows the
 * chosen image, or the current one; `onChange` gets the new image as a
 * `data:` URL, `null` for "remove it" (with `removable`), or `undefined` for
 * "keep the current one".
 */
export function LogoField({
  id,
  current,
  error,
  removable = false,
  onChange,
}: {
  id: string;
  /** the stored logo, if any */
  current: Pick<LogoInfo, 'updated_at'> | null;
  error?: string;
  removable?: boolean;
  onChange: (image: string | null | undefined) => void;
}) {
  const [chosen, setChosen] = React.useState<string | null | undefined>(undefined);
  const [problem, setProblem] = React.useState<string | undefined>();
  const input = React.useRef<HTMLInputElement>(null);
  const shown = chosen === undefined ? (current ? logoUrl(current.updated_at) : null) : chosen;

  async function pick(file: File | undefined) {
    if (!file) return;
    setProblem(undefined);
    if (file.size > MAX_LOGO_BYTES) {
      setProblem(`This file is ${Math.ceil(file.size / 1024)} KB: choose an image of at most ${MAX_LOGO_BYTES / 1024} KB.`);
      return;
    }
    const image = await readAsDataUrl(file);
    const checked = logoUploadSchema.safeParse({ image });
    if (!checked.success) {
      setProblem(`This file cannot be your logo: it ${checked.error.issues[0]?.message ?? 'is not a PNG or JPEG image'}.`);
      return;
    }
    setChosen(image);
    onChange(image);
  }

  function clear() {
    if (input.current) input.current.value = '';
    setProblem(undefined);
    if (chosen !== undefined && current) {
      // back to the stored logo
      setChosen(undefined);
      onChange(undefined);
    } else {
      setChosen(null);
      onChange(removable && current ? null : undefined);
    }
  }

  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>Logo</Label>
      <div className="flex flex-wrap items-center gap-3">
        <div className="flex h-14 w-28 items-center justify-center overflow-hidden rounded-md border bg-white">
          {shown ? (
            // eslint-disable-next-line @next/next/no-img-element -- a data URL or the API's image, not a static asset
            <img src={shown} alt="Your logo" className="max-h-full max-w-full object-contain" />
          ) : (
            <span className="text-xs text-muted-foreground">No logo</span>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="outline" size="sm" onClick={() => input.current?.click()}>
            <ImageUp aria-hidden /> {shown ? 'Choose another' : 'Choose an image'}
          </Button>
          {shown && (chosen || removable) ? (
            <Button type="button" variant="ghost" size="sm" onClick={clear}>
              <Trash2 aria-hidden /> {chosen && current ? 'Keep the current one' : 'Remove'}
            </Button>
          ) : null}
        </div>
        <input
          ref={input}
          id={id}
          type="file"
          accept="image/png,image/jpeg"
          className="sr-only"
          aria-invalid={error || problem ? true : undefined}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void pick(e.target.files?.[0])}
        />
      </div>
      <p id={`${id}-hint`} className={`text-xs ${error || problem ? 'text-destructive' : 'text-muted-foreground'}`}>
        {error ?? problem ?? `PNG or JPEG, at most ${MAX_LOGO_BYTES / 1024} KB. Printed at the top of your invoices.`}
      </p>
    </div>
  );
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
  nextInvoiceNumber,
  logo = null,
}: {
  settings: BusinessSettings;
  currencies: Option[];
  timeZones: Option[];
  /** what the next invoice will be numbered with the saved prefix (GET /api/invoices/settings) */
  nextInvoiceNumber?: string;
  logo?: Pick<LogoInfo, 'updated_at'> | null;
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
  // undefined: keep the stored logo; null: remove it; a data URL: the new one
  const [newLogo, setNewLogo] = React.useState<string | null | undefined>(undefined);
  const number = nextNumberWithPrefix(nextInvoiceNumber, settings.invoice_prefix, prefix.trim());
  const example = preview({ currency, locale, prefix, terms, timeZone, number });

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const termsText = text('payment_terms_days');
    const body = {
      business_name: text('business_name') || null,
      business_address: text('business_address') || null,
      tax_id: text('tax_id') || null,
      payment_instructions: text('payment_instructions') || null,
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
      try {
        if (typeof newLogo === 'string') await uploadLogo(newLogo);
        else if (newLogo === null) await apiFetch('/api/invoices/settings/logo', { method: 'DELETE' });
      } catch (error) {
        if (error instanceof ApiClientError) {
          setErrors({ logo: error.fieldErrors().image ?? error.message });
          setFormError(error.message);
          router.refresh();
          return;
        }
        throw error;
      }
      setNewLogo(undefined);
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
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <Field id="business_address" label="Business address" error={errors.business_address}>
          <Textarea name="business_address" rows={3} defaultValue={settings.business_address ?? ''} autoComplete="street-address" />
        </Field>
        <LogoField
          id="business_logo"
          current={logo}
          error={errors.logo}
          removable
          onChange={(image) => {
            setNewLogo(image);
            setSaved(false);
          }}
        />
      </div>
      <Field
        id="payment_instructions"
        label="Payment instructions"
        error={errors.payment_instructions}
        hint="How clients pay you: bank details or a payment link. Printed on invoices and in their emails while something is owed."
      >
        <Textarea
          name="payment_instructions"
          rows={3}
          defaultValue={settings.payment_instructions ?? ''}
          placeholder={'Bank transfer to IBAN DE89 3704 0044 0532 0130 00 (BIC COBADEFFXXX)\nor pay online: https://pay.example.com/you'}
        />
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
            <dt>Next number</dt>
            <dd className="min-w-0 break-all text-foreground" suppressHydrationWarning>
              {example.number}
            </dd>
            <dt>Amount</dt>
            <dd className="text-foreground tabular" suppressHydrationWarning>
              {example.money}
            </dd>
            <dt>Date</dt>
            <dd className="text-foreground" suppressHydrationWarning>
              {example.date}
            </dd>
            <dt>Due</dt>
            <dd className="text-foreground" suppressHydrationWarning>
              {example.due}
            </dd>
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
