'use client';

import { LogIn } from 'lucide-react';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { EmailField } from './auth-forms';

/** Local mode's sign-in: an email (and optionally a name) is enough. */
export function LocalSignInForm({ redirectUrl }: { redirectUrl: string }) {
  const [error, setError] = React.useState<string | undefined>();
  const [pending, setPending] = React.useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    const form = new FormData(event.currentTarget);
    const body = {
      email: String(form.get('email') ?? ''),
      first_name: String(form.get('first_name') ?? '') || null,
      last_name: String(form.get('last_name') ?? '') || null,
    };
    try {
      const response = await fetch('/api/local-auth/sign-in', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) {
        const payload = (await response.json().catch(() => null)) as {
          error?: { message?: string; details?: Record<string, string[]> };
        } | null;
        setError(payload?.error?.details?.email?.[0] ? `Email ${payload.error.details.email[0]}` : payload?.error?.message);
        setPending(false);
        return;
      }
      window.location.href = redirectUrl;
    } catch {
      setError('Could not reach the server. Check your connection and try again.');
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      <EmailField error={error} />
      <div className="grid grid-cols-2 gap-3">
        <Field id="first_name" label="First name">
          <Input name="first_name" autoComplete="given-name" />
        </Field>
        <Field id="last_name" label="Last name">
          <Input name="last_name" autoComplete="family-name" />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        <LogIn aria-hidden /> {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
