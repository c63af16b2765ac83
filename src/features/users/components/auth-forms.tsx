'use client';

import { KeyRound, LogIn, Mail, UserPlus } from 'lucide-react';
import Link from 'next/link';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { APP_HOME } from '@/lib/routes';

/**
 * The forms of local accounts (sign-in, sign-up, password reset, change of
 * password). Each posts JSON to its /api/local-auth route and shows the
 * server's own field messages; none of them parses or judges input itself.
 */

type Errors = Record<string, string | undefined> & { form?: string };

interface ApiFailure {
  error?: { message?: string; details?: Record<string, string[]> };
}

const FIELD_LABELS: Record<string, string> = {
  email: 'Email',
  password: 'Password',
  current_password: 'Current password',
  new_password: 'New password',
  token: 'Reset link',
};

/**
 * Posts the form's fields; on success calls `onDone` with the answer's `data`
 * (the form stays busy when `onDone` returns `'navigating'`).
 */
function useJsonForm(endpoint: string, onDone: (data: Record<string, unknown>) => 'navigating' | void) {
  const [errors, setErrors] = React.useState<Errors>({});
  const [pending, setPending] = React.useState(false);

  async function submit(body: Record<string, unknown>) {
    setPending(true);
    setErrors({});
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const payload = (await response.json().catch(() => null)) as (ApiFailure & { data?: Record<string, unknown> }) | null;
      if (!response.ok) {
        const next: Errors = {};
        for (const [field, problems] of Object.entries(payload?.error?.details ?? {})) {
          if (problems[0]) next[field] = `${FIELD_LABELS[field] ?? field} ${problems[0]}`;
        }
        if (Object.keys(next).length === 0) next.form = payload?.error?.message ?? 'Something went wrong. Try again.';
        setErrors(next);
        setPending(false);
        return;
      }
      if (onDone(payload?.data ?? {}) !== 'navigating') setPending(false);
    } catch {
      setErrors({ form: 'Could not reach the server. Check your connection and try again.' });
      setPending(false);
    }
  }
  /** The `<form>`'s props: it posts the body `toBody` reads from its fields. */
  const formProps = (toBody: (form: FormData) => Record<string, unknown>) => ({
    className: 'grid gap-4',
    noValidate: true,
    onSubmit: (event: React.FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      void submit(toBody(new FormData(event.currentTarget)));
    },
  });
  return { errors, pending, submit, formProps };
}

/** After signing in or up: a full page load, so the proxy and the layout see the new session. */
function goTo(url: string) {
  return (): 'navigating' => {
    window.location.href = url;
    return 'navigating';
  };
}

function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive">
      {message}
    </p>
  );
}

/** The email address of an account, in every form that asks for it. */
export function EmailField({ error }: { error?: string }) {
  return (
    <Field id="email" label="Email" error={error}>
      <Input name="email" type="email" autoComplete="email" required placeholder="you@business.com" />
    </Field>
  );
}

const value = (form: FormData, name: string) => String(form.get(name) ?? '');

export function PasswordSignInForm({ redirectUrl, signUpOpen }: { redirectUrl: string; signUpOpen: boolean }) {
  const { errors, pending, formProps } = useJsonForm('/api/local-auth/sign-in', goTo(redirectUrl));
  return (
    <form {...formProps((form) => ({ email: value(form, 'email'), password: value(form, 'password') }))}>
      <FormError message={errors.form} />
      <EmailField error={errors.email} />
      <Field id="password" label="Password" error={errors.password}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" disabled={pending}>
        <LogIn aria-hidden /> {pending ? 'Signing in…' : 'Sign in'}
      </Button>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <Link href="/reset-password" className="text-primary underline-offset-4 hover:underline">
          Forgot your password?
        </Link>
        {signUpOpen ? (
          <Link
            // an invitation link (or any page) that sent the visitor here is where the new account lands too
            href={redirectUrl === APP_HOME ? '/sign-up' : `/sign-up?redirect_url=${encodeURIComponent(redirectUrl)}`}
            className="text-primary underline-offset-4 hover:underline"
          >
            Create an account
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/** Local sign-up; `invitation` (the token of the invitation link that led here) opens it for the invited address when it is closed. */
export function SignUpForm({ redirectUrl, invitation }: { redirectUrl: string; invitation?: string }) {
  const { errors, pending, formProps } = useJsonForm('/api/local-auth/sign-up', goTo(redirectUrl));
  return (
    <form
      {...formProps((form) => ({
        email: value(form, 'email'),
        password: value(form, 'password'),
        first_name: value(form, 'first_name') || null,
        last_name: value(form, 'last_name') || null,
        ...(invitation ? { invitation } : {}),
      }))}
    >
      <FormError message={errors.form} />
      <div className="grid grid-cols-2 gap-3">
        <Field id="first_name" label="First name" error={errors.first_name}>
          <Input name="first_name" autoComplete="given-name" />
        </Field>
        <Field id="last_name" label="Last name" error={errors.last_name}>
          <Input name="last_name" autoComplete="family-name" />
        </Field>
      </div>
      <EmailField error={errors.email} />
      <Field id="password" label="Password" error={errors.password} hint="At least 10 characters. A few words make a good one.">
        <Input name="password" type="password" autoComplete="new-password" required />
      </Field>
      <Button type="submit" disabled={pending}>
        <UserPlus aria-hidden /> {pending ? 'Creating your account…' : 'Create account'}
      </Button>
      <p className="text-sm text-muted-foreground">
        Already have an account?{' '}
        <Link
          href={redirectUrl === APP_HOME ? '/sign-in' : `/sign-in?redirect_url=${encodeURIComponent(redirectUrl)}`}
          className="text-primary underline-offset-4 hover:underline"
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}

export function ResetRequestForm() {
  const [sent, setSent] = React.useState<string | null>(null);
  const { errors, pending, formProps } = useJsonForm('/api/local-auth/password-reset', (data) => {
    setSent(typeof data.message === 'string' ? data.message : 'Check your email for a link.');
  });
  if (sent) {
    return (
      <p role="status" className="rounded-md border bg-muted/40 px-3 py-2 text-sm">
        {sent}
      </p>
    );
  }
  return (
    <form {...formProps((form) => ({ email: value(form, 'email') }))}>
      <FormError message={errors.form} />
      <EmailField error={errors.email} />
      <Button type="submit" disabled={pending}>
        <Mail aria-hidden /> {pending ? 'Sending…' : 'Email me a link'}
      </Button>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = React.useState(false);
  const { errors, pending, formProps } = useJsonForm('/api/local-auth/password-reset/confirm', () => setDone(true));
  if (done) {
    return (
      <p role="status" className="text-sm">
        Your password has been changed and every session signed out.{' '}
        <Link href="/sign-in" className="text-primary underline-offset-4 hover:underline">
          Sign in
        </Link>{' '}
        with the new one.
      </p>
    );
  }
  return (
    <form {...formProps((form) => ({ token, password: value(form, 'password') }))}>
      <FormError message={errors.form ?? errors.token} />
      <Field id="password" label="New password" error={errors.password} hint="At least 10 characters.">
        <Input name="password" type="password" autoComplete="new-password" required />
      </Field>
      <Button type="submit" disabled={pending}>
        <KeyRound aria-hidden /> {pending ? 'Saving…' : 'Set new password'}
      </Button>
    </form>
  );
}

export function ChangePasswordForm() {
  const [message, setMessage] = React.useState<string | null>(null);
  const formRef = React.useRef<HTMLFormElement>(null);
  const { errors, pending, submit } = useJsonForm('/api/local-auth/password', (data) => {
    const others = Number(data.signed_out_sessions ?? 0);
    setMessage(`Password changed.${others > 0 ? ` ${others} other session${others === 1 ? ' was' : 's were'} signed out.` : ''}`);
    formRef.current?.reset();
  });
  return (
    <form
      ref={formRef}
      className="grid gap-4 sm:max-w-sm"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        const form = new FormData(event.currentTarget);
        void submit({ current_password: value(form, 'current_password'), new_password: value(form, 'new_password') });
      }}
    >
      <FormError message={errors.form} />
      {message ? (
        <p role="status" className="text-sm text-emerald-700">
          {message}
        </p>
      ) : null}
      <Field id="current_password" label="Current password" error={errors.current_password}>
        <Input name="current_password" type="password" autoComplete="current-password" required />
      </Field>
      <Field id="new_password" label="New password" error={errors.new_password} hint="At least 10 characters.">
        <Input name="new_password" type="password" autoComplete="new-password" required />
      </Field>
      <Button type="submit" disabled={pending} className="justify-self-start">
        <KeyRound aria-hidden /> {pending ? 'Changing…' : 'Change password'}
      </Button>
    </form>
  );
}
