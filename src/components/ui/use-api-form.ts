'use client';

import * as React from 'react';
import type { z } from 'zod';
import { ApiClientError } from '@/lib/api-client';
import { zodDetails } from '@/lib/validation';

/**
 * The state of a form that writes through the API: checked in the browser with
 * the same zod schema the server uses, then sent; the server's field errors are
 * shown next to their fields and its message above the buttons.
 */
export function useApiForm() {
  const [pending, setPending] = React.useState(false);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [formError, setFormError] = React.useState<string | undefined>();

  const reset = React.useCallback(() => {
    setErrors({});
    setFormError(undefined);
  }, []);

  /**
   * The browser-side check; `rename` maps a schema field to the form field that
   * shows its error; `problems` are fields the form could not read (a typed
   * amount, say), shown first.
   */
  function check(schema: z.ZodType, values: unknown, rename: Record<string, string> = {}, problems: Record<string, string> = {}): boolean {
    const checked = schema.safeParse(values);
    if (checked.success && Object.keys(problems).length === 0) return true;
    const schemaErrors = checked.success
      ? {}
      : Object.fromEntries(Object.entries(zodDetails(checked.error)).map(([k, v]) => [rename[k] ?? k, v[0] ?? '']));
    setErrors({ ...schemaErrors, ...problems });
    return false;
  }

  /** Runs the request; on success calls `done`, on failure shows what the server said. */
  async function send<T>(
    request: () => Promise<T>,
    done: (value: T) => void,
    { rename = {}, fallback = 'Something went wrong. Try again.' }: { rename?: Record<string, string>; fallback?: string } = {},
  ): Promise<void> {
    setPending(true);
    reset();
    try {
      done(await request());
    } catch (error) {
      if (error instanceof ApiClientError) {
        const fields = error.fieldErrors();
        for (const [from, to] of Object.entries(rename)) if (fields[from]) fields[to] = fields[from];
        setErrors(fields);
        setFormError(error.message);
      } else {
        setFormError(fallback);
      }
    } finally {
      setPending(false);
    }
  }

  /** A field's error goes away as soon as the field is changed (use as the form's onChange). */
  function clearFieldError(event: React.FormEvent<HTMLFormElement>) {
    const name = (event.target as HTMLInputElement).name;
    if (name && errors[name]) setErrors(({ [name]: _cleared, ...rest }) => rest);
  }

  /** The form-level message, shown only when no field carries the problem. */
  const message = formError && Object.keys(errors).length === 0 ? formError : undefined;

  return { pending, errors, setErrors, message, reset, check, send, clearFieldError };
}
