'use client';

import { BellRing } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useCanAdmin } from '@/features/workspaces/components/workspace-role';
import { ApiClientError, apiFetch } from '@/lib/api-client';

/** The days after the due date on which overdue invoices get a reminder email. */
export function ReminderSettings({ days, scheduled }: { days: number[]; scheduled: boolean }) {
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const [value, setValue] = React.useState(days.join(', '));
  const [error, setError] = React.useState<string | undefined>();
  const [pending, setPending] = React.useState(false);
  const admin = useCanAdmin();
  const label = `Reminders ${days.length === 0 ? 'off' : scheduled ? 'on' : 'paused'}`;
  if (!admin) {
    // a workspace setting: shown to everyone, changed by admins
    return (
      <p
        className="inline-flex h-9 items-center gap-2 rounded-md border border-dashed px-3 text-sm text-muted-foreground"
        title="Only admins can change payment reminders"
      >
        <BellRing className="size-4" aria-hidden /> {label}
        {days.length > 0 ? <span className="sr-only"> ({days.join(', ')} days after the due date)</span> : null}
      </p>
    );
  }
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setValue(days.join(', '));
          setError(undefined);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline">
          <BellRing aria-hidden /> {label}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Payment reminders</DialogTitle>
          <DialogDescription>
            Reminders go out once a day: an overdue invoice is emailed to the client again on each of these days after its due date, never
            more than once a day. Leave empty to turn reminders off.
          </DialogDescription>
        </DialogHeader>
        {scheduled ? null : (
          <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" data-testid="reminders-not-scheduled">
            Reminders are not scheduled on this server yet, so none will go out for now. Your days are kept: reminders start once the person
            who runs Ledgerly for you schedules the daily reminder run.
          </p>
        )}
        <form
          className="grid gap-4"
          onSubmit={async (e) => {
            e.preventDefault();
            const parts = value.split(/[\s,;]+/).filter(Boolean);
            if (parts.some((p) => !/^\d{1,3}$/.test(p))) {
              setError('Use whole numbers of days, such as 3, 7, 14.');
              return;
            }
            setPending(true);
            setError(undefined);
            try {
              await apiFetch('/api/invoices/settings', { method: 'PUT', body: { reminder_days: parts.map(Number) } });
              setOpen(false);
              router.refresh();
            } catch (err) {
              setError(
                err instanceof ApiClientError
                  ? (Object.values(err.fieldErrors())[0] ?? err.message)
                  : 'The reminder days could not be saved. Try again.',
              );
            } finally {
              setPending(false);
            }
          }}
        >
          <Field id="reminder-days" label="Days after the due date" error={error} hint="For example: 3, 7, 14">
            <Input value={value} onChange={(e) => setValue(e.target.value)} inputMode="numeric" autoComplete="off" />
          </Field>
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {pending ? 'Saving…' : 'Save'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
