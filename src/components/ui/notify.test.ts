import { toast } from 'sonner';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiClientError } from '@/lib/api-client';
import { failureMessage, notify, TOAST_DURATION } from './notify';

type Shown = {
  id: string | number;
  title?: unknown;
  type?: string;
  duration?: number;
  description?: unknown;
  action?: { label: string; onClick: (e: unknown) => unknown };
};

/** The toasts sonner holds (what the Toaster would show). */
function shown(): Shown[] {
  return toast.getToasts() as Shown[];
}

function last(): Shown {
  const all = shown();
  return all[all.length - 1]!;
}

describe('notify', () => {
  afterEach(() => {
    toast.dismiss();
  });

  it('shows a success for a few seconds, without an Undo when nothing can be undone', () => {
    notify.success('Note added');
    expect(last()).toMatchObject({ title: 'Note added', type: 'success', duration: TOAST_DURATION.plain });
    expect(last().action).toBeUndefined();
  });

  it('offers Undo for a reversible change, and says so once it is undone', async () => {
    const undo = vi.fn(async () => {});
    notify.success('Task marked done', { description: 'File the VAT return', undo, undoneMessage: 'Task back to “To do”' });
    const toastShown = last();
    expect(toastShown).toMatchObject({ title: 'Task marked done', description: 'File the VAT return', duration: TOAST_DURATION.undo });
    expect(toastShown.action?.label).toBe('Undo');
    await toastShown.action!.onClick({ preventDefault() {} });
    expect(undo).toHaveBeenCalledOnce();
    expect(last()).toMatchObject({ title: 'Task back to “To do”', type: 'success' });
  });

  it('says when an undo failed, with the server’s reason', async () => {
    notify.success('Transaction saved', {
      undo: async () => {
        throw new ApiClientError(409, 'conflict', 'The invoice is already paid.');
      },
    });
    await last().action!.onClick({});
    expect(last()).toMatchObject({ title: 'Could not undo', type: 'error', description: 'The invoice is already paid.' });
  });

  it('shows failures for longer, in words a person can act on', () => {
    notify.failure(
      new ApiClientError(0, 'network_error', 'Could not reach the server. Check your connection and try again.'),
      'Could not save.',
    );
    expect(last()).toMatchObject({
      type: 'error',
      title: 'Could not reach the server. Check your connection and try again.',
      duration: TOAST_DURATION.error,
    });
    expect(failureMessage(new Error('TypeError: x is undefined'), 'Could not save the note.')).toBe('Could not save the note.');
  });
});
