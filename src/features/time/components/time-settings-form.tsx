'use client';

import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { notify } from '@/components/ui/notify';
import { NumberInput } from '@/components/ui/number-input';
import { NativeSelect } from '@/components/ui/select';
import { useApiForm } from '@/components/ui/use-api-form';
import { apiFetch } from '@/lib/api-client';
import { readTyped } from '@/lib/money/input';
import type { TimeSettings } from '../schema';

/** The workspace's default hourly rate and billing rounding (admins). */
export function TimeSettingsForm({ settings, locale, currency }: { settings: TimeSettings; locale: string; currency: string }) {
  const router = useRouter();
  const form = useApiForm();
  const [rate, setRate] = React.useState(settings.default_hourly_rate ?? '');
  const [rounding, setRounding] = React.useState(String(settings.time_rounding_minutes));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    let value: string | null = null;
    if (rate.trim() !== '') {
      const reading = readTyped(rate, 'amount', locale);
      if (!reading.ok) {
        form.setErrors({ default_hourly_rate: `Can’t read this rate: it ${reading.reason}` });
        return;
      }
      value = reading.value;
    }
    await form.send(
      () =>
        apiFetch('/api/time-entries/settings', {
          method: 'PUT',
          body: { default_hourly_rate: value, time_rounding_minutes: Number(rounding) },
        }),
      () => {
        notify.success('Time settings saved');
        router.refresh();
      },
    );
  }

  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" noValidate>
      <Field
        id="default-hourly-rate"
        label="Default hourly rate"
        error={form.errors.default_hourly_rate}
        hint="When neither the entry nor the client has one"
      >
        <NumberInput kind="amount" locale={locale} currency={currency} value={rate} onChange={(e) => setRate(e.target.value)} />
      </Field>
      <Field id="time-rounding" label="Round billed time up to" error={form.errors.time_rounding_minutes} hint="Applied on invoices only">
        <NativeSelect value={rounding} onChange={(e) => setRounding(e.target.value)}>
          <option value="0">No rounding</option>
          <option value="6">6 minutes (0.1 h)</option>
          <option value="15">15 minutes</option>
        </NativeSelect>
      </Field>
      <Button type="submit" disabled={form.pending}>
        Save
      </Button>
      {form.message ? (
        <p role="alert" className="text-sm text-destructive sm:col-span-3">
          {form.message}
        </p>
      ) : null}
    </form>
  );
}
