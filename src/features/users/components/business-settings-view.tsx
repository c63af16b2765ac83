'use client';

import { Check } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { type LogoInfo, userSettingsSchema } from '../schema';
import { type BusinessSettings, logoUrl } from './business-settings-form';

/**
 * The business settings as everyone but admins sees them: the same values,
 * read-only (they belong to the workspace, and admins change them), and the
 * one setting that is each person's own, the locale, still editable.
 */
export function BusinessSettingsView({
  settings,
  logo,
  nextInvoiceNumber,
}: {
  settings: BusinessSettings;
  logo: Pick<LogoInfo, 'updated_at'> | null;
  nextInvoiceNumber?: string;
}) {
  const rows: [string, React.ReactNode][] = [
    ['Business name', settings.business_name],
    ['Tax / VAT ID', settings.tax_id],
    ['Business address', settings.business_address],
    ['Payment instructions', settings.payment_instructions],
    ['Default currency', settings.currency],
    ['Invoice prefix', settings.invoice_prefix],
    ['Next invoice number', nextInvoiceNumber],
    ['Payment terms', settings.payment_terms_days === 0 ? 'On receipt' : `${settings.payment_terms_days} days`],
    ['Time zone', settings.time_zone.replaceAll('_', ' ')],
  ];
  return (
    <div className="grid gap-5">
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2" aria-label="Business settings" data-testid="business-settings-readonly">
        {rows.map(([label, value]) => (
          <div key={label} className="grid min-w-0 gap-0.5">
            <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
            <dd className="whitespace-pre-line break-words">{value || <span className="text-muted-foreground">Not set</span>}</dd>
          </div>
        ))}
        <div className="grid gap-0.5">
          <dt className="text-xs font-medium text-muted-foreground">Logo</dt>
          <dd>
            {logo ? (
              // eslint-disable-next-line @next/next/no-img-element -- the API's image, not a static asset
              <img
                src={logoUrl(logo.updated_at)}
                alt="The business logo"
                className="h-12 max-w-40 rounded border bg-white object-contain p-1"
              />
            ) : (
              <span className="text-muted-foreground">No logo</span>
            )}
          </dd>
        </div>
      </dl>
      <LocaleForm locale={settings.locale} />
    </div>
  );
}

/** The person's own number and date format: PUT /api/auth/user { locale }, which any role may change. */
function LocaleForm({ locale }: { locale: string }) {
  const router = useRouter();
  const [value, setValue] = React.useState(locale);
  const [error, setError] = React.useState<string>();
  const [pending, setPending] = React.useState(false);
  const [saved, setSaved] = React.useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const body = { locale: value.trim() };
    const checked = userSettingsSchema.safeParse(body);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'is not a locale');
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      await apiFetch('/api/auth/user', { method: 'PUT', body });
      setSaved(true);
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiClientError ? (e.fieldErrors().locale ?? e.message) : 'Something went wrong. Try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Your number and date format" className="grid gap-3 border-t pt-4">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 basis-56">
          <Field id="own-locale" label="Locale" error={error} hint="Yours only: how numbers and dates look to you, e.g. en-GB or de-DE.">
            <Input name="locale" value={value} onChange={(e) => setValue(e.target.value)} autoComplete="off" />
          </Field>
        </div>
        <Button type="submit" variant="outline" disabled={pending} className="mb-5">
          {pending ? 'Saving…' : 'Save locale'}
        </Button>
      </div>
      {saved ? (
        <p role="status" className="flex items-center gap-1 text-sm text-success">
          <Check className="size-4" aria-hidden /> Saved
        </p>
      ) : null}
    </form>
  );
}
