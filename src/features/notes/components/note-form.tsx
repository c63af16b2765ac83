'use client';

import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { notify } from '@/components/ui/notify';
import { Textarea } from '@/components/ui/textarea';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { useCanWrite } from '@/features/workspaces/components/workspace-role';
import { zodDetails } from '@/lib/validation';
import { type Note, noteCreateSchema } from '../schema';

/** Adds a dated note to a contact's timeline. */
export function NoteForm({ contactId }: { contactId: string }) {
  const router = useRouter();
  const [body, setBody] = React.useState('');
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<string>();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = noteCreateSchema.safeParse({ body });
    if (!checked.success) {
      setError(zodDetails(checked.error).body?.[0] ?? 'Write something first.');
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      await apiFetch<{ data: Note }>(`/api/contacts/${contactId}/notes`, { method: 'POST', body: { body } });
      setBody('');
      router.refresh();
      notify.success('Note added');
    } catch (e) {
      setError(e instanceof ApiClientError ? (e.fieldErrors().body ?? e.message) : 'Could not save the note.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-2" aria-label="Add a note" noValidate>
      <Label htmlFor="new-note" className="sr-only">
        Note
      </Label>
      <Textarea
        id="new-note"
        rows={2}
        placeholder="Write a note: a call, a decision, something to remember…"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'new-note-error' : undefined}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) e.currentTarget.form?.requestSubmit();
        }}
      />
      <div className="flex items-center justify-between gap-2">
        {error ? (
          <p id="new-note-error" role="alert" className="text-xs text-destructive">
            {error}
          </p>
        ) : (
          <span />
        )}
        <Button type="submit" size="sm" disabled={pending || body.trim() === ''}>
          {pending ? 'Saving…' : 'Add note'}
        </Button>
      </div>
    </form>
  );
}

/** Removes a note (asks once more before it goes). */
export function DeleteNoteButton({ contactId, noteId }: { contactId: string; noteId: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = React.useState(false);
  const [pending, setPending] = React.useState(false);
  const writable = useCanWrite();
  if (!writable) return null;
  return (
    <Button
      type="button"
      variant="ghost"
      size="sm"
      className="h-7 px-2 text-xs text-muted-foreground hover:text-destructive"
      disabled={pending}
      onBlur={() => setConfirming(false)}
      onClick={async () => {
        if (!confirming) {
          setConfirming(true);
          return;
        }
        setPending(true);
        try {
          await apiFetch(`/api/contacts/${contactId}/notes/${noteId}`, { method: 'DELETE' });
          router.refresh();
          notify.success('Note deleted');
        } catch (error) {
          setConfirming(false);
          notify.failure(error, 'Could not delete the note.');
        } finally {
          setPending(false);
        }
      }}
    >
      {confirming ? 'Delete this note?' : 'Delete'}
    </Button>
  );
}
