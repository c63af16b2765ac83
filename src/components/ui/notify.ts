'use client';

import { toast } from 'sonner';
import { ApiClientError } from '@/lib/api-client';

/**
 * Short feedback after a save or a status change, shown by the <Toaster />
 * of the app layout (src/components/ui/toaster.tsx). One helper for every
 * feature:
 *
 *   notify.success('Invoice sent');
 *   notify.success('Task marked done', { undo: () => apiFetch(`/api/tasks/${id}`, { method: 'PUT', body: { status: 'pending' } }) });
 *   notify.failure(error, 'Could not send the invoice.');
 *
 * Offer `undo` only where the change can really be reversed through the API
 * (a status change, an edit); a deletion has no undo.
 */

export interface NotifyOptions {
  /** A second line, e.g. what happens next. */
  description?: string;
  /**
   * Reverses the change; the toast then shows an Undo button and stays a
   * little longer. Resolve once reversed (the app is refreshed by the caller
   * in `undo` itself); throw to report that it could not be undone.
   */
  undo?: () => Promise<unknown> | unknown;
  /** What the toast says after a successful undo (default "Undone"). */
  undoneMessage?: string;
}

/** How long a toast stays (ms): longer when there is something to click or to read. */
export const TOAST_DURATION = { plain: 4000, undo: 8000, error: 8000 } as const;

/** The sentence a failed request shows: the server's own message when it sent one. */
export function failureMessage(error: unknown, fallback: string): string {
  return error instanceof ApiClientError ? error.message : fallback;
}

function withUndo(options: NotifyOptions) {
  const { undo, undoneMessage = 'Undone', description } = options;
  if (!undo) return { description, duration: TOAST_DURATION.plain };
  return {
    description,
    duration: TOAST_DURATION.undo,
    action: {
      label: 'Undo',
      onClick: async () => {
        try {
          await undo();
          toast.success(undoneMessage, { duration: TOAST_DURATION.plain });
        } catch (error) {
          toast.error('Could not undo', {
            description: failureMessage(error, 'Try again, or change it back by hand.'),
            duration: TOAST_DURATION.error,
          });
        }
      },
    },
  };
}

export const notify = {
  /** Something was saved or changed. */
  success(message: string, options: NotifyOptions = {}): string | number {
    return toast.success(message, withUndo(options));
  },
  /** Neutral information. */
  info(message: string, options: NotifyOptions = {}): string | number {
    return toast(message, withUndo(options));
  },
  /** Something went wrong (a sentence the person can act on). */
  error(message: string, options: Pick<NotifyOptions, 'description'> = {}): string | number {
    return toast.error(message, { description: options.description, duration: TOAST_DURATION.error });
  },
  /** A failed request: the server's message, or `fallback` when there is none. */
  failure(error: unknown, fallback: string): string | number {
    return toast.error(failureMessage(error, fallback), { duration: TOAST_DURATION.error });
  },
};
