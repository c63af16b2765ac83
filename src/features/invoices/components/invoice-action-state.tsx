'use client';

import { useRouter } from 'next/navigation';
import * as React from 'react';
import { ApiClientError } from '@/lib/api-client';
import { type Invoice } from '../schema';

export type ActionInvoice = Pick<
  Invoice,
  | 'id'
  | 'invoice_number'
  | 'status'
  | 'effective_status'
  | 'total_amount'
  | 'due_date'
  | 'balance_due'
  | 'amount_paid'
  | 'currency'
  | 'contact_name'
  | 'contact_email'
>;

export function useAction() {
  const router = useRouter();
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const [fieldErrors, setFieldErrors] = React.useState<Record<string, string>>({});
  async function run<T>(fn: () => Promise<T>, after?: (result: T) => void): Promise<boolean> {
    setPending(true);
    setError(undefined);
    setFieldErrors({});
    try {
      const result = await fn();
      after?.(result);
      router.refresh();
      return true;
    } catch (e) {
      if (e instanceof ApiClientError) {
        setError(e.message);
        setFieldErrors(e.fieldErrors());
      } else setError('Something went wrong. Try again.');
      return false;
    } finally {
      setPending(false);
    }
  }
  return { pending, error, fieldErrors, setFieldErrors, run, reset: () => (setError(undefined), setFieldErrors({})) };
}

export function Problem({ message }: { message?: string }) {
  return message ? (
    <p role="alert" className="text-sm text-destructive">
      {message}
    </p>
  ) : null;
}
