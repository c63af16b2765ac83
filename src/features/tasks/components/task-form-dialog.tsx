'use client';

import { Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useApiForm } from '@/components/ui/use-api-form';
import { ContactPicker, type PickedContact } from '@/features/contacts/components/contact-picker';
import { apiFetch } from '@/lib/api-client';
import { dateInZone, END_OF_DAY, timeInZone, zonedToUtc } from '@/lib/time';
import { type Task, TASK_PRIORITIES, TASK_STATUSES, taskCreateSchema } from '../schema';
import { PRIORITY_LABELS, STATUS_LABELS } from './task-badges';

/**
 * Create or edit a task. The due date is entered as a day (and optionally a
 * time) in the user's time zone; a day without a time means the end of that day.
 */
export function TaskFormDialog({
  task,
  contact,
  timeZone,
  trigger,
}: {
  task?: Task;
  /** The contact the task is about (preselected; can be changed). */
  contact?: PickedContact | null;
  timeZone: string;
  trigger: React.ReactNode;
}) {
  const router = useRouter();
  const editing = Boolean(task);
  const [open, setOpen] = React.useState(false);
  const { pending, errors, setErrors, message, reset, check, send, clearFieldError } = useApiForm();
  const [picked, setPicked] = React.useState<PickedContact | null>(contact ?? null);
  const [confirmingDelete, setConfirmingDelete] = React.useState(false);

  const dueDate = task?.due_date ? new Date(task.due_date) : null;
  const initialDay = dueDate ? dateInZone(dueDate, timeZone) : '';
  const initialTime = dueDate ? timeInZone(dueDate, timeZone) : '';

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const day = String(form.get('due_day') ?? '');
    const time = String(form.get('due_time') ?? '');
    const values: Record<string, unknown> = {
      title: String(form.get('title') ?? ''),
      description: String(form.get('description') ?? '').trim() || null,
      priority: String(form.get('priority') ?? 'medium'),
      due_date: day ? zonedToUtc(day, time || END_OF_DAY, timeZone).toISOString() : null,
      contact_id: picked?.id ?? null,
    };
    if (editing) values.status = String(form.get('status') ?? task!.status);
    if (!day && time) {
      setErrors({ due_day: 'choose a day for this time' });
      return;
    }
    if (!check(taskCreateSchema, values, { due_date: 'due_day', contact_id: 'contact' })) return;
    await send(
      () => apiFetch<{ data: Task }>(editing ? `/api/tasks/${task!.id}` : '/api/tasks', { method: editing ? 'PUT' : 'POST', body: values }),
      close,
      { rename: { due_date: 'due_day', contact_id: 'contact' } },
    );
  }

  function close() {
    setOpen(false);
    router.refresh();
  }

  async function onDelete() {
    if (!confirmingDelete) {
      setConfirmingDelete(true);
      return;
    }
    await send(() => apiFetch(`/api/tasks/${task!.id}`, { method: 'DELETE' }), close, { fallback: 'Could not delete the task.' });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          reset();
          setPicked(contact ?? null);
          setConfirmingDelete(false);
        }
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{editing ? 'Edit task' : 'New task'}</DialogTitle>
          <DialogDescription>
            Due dates are in your time zone ({timeZone}). A day without a time is due by the end of that day.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-4" noValidate aria-label={editing ? 'Edit task' : 'New task'} onChange={clearFieldError}>
          <Field id="title" label="Title" error={errors.title}>
            <Input name="title" defaultValue={task?.title ?? ''} autoComplete="off" required />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="due_day" label="Due day" error={errors.due_day}>
              <Input name="due_day" type="date" defaultValue={initialDay} />
            </Field>
            <Field id="due_time" label="Time (optional)" error={errors.due_time}>
              <Input name="due_time" type="time" defaultValue={initialTime === END_OF_DAY ? '' : initialTime} />
            </Field>
            <Field id="priority" label="Priority" error={errors.priority}>
              <NativeSelect name="priority" defaultValue={task?.priority ?? 'medium'}>
                {[...TASK_PRIORITIES].reverse().map((p) => (
                  <option key={p} value={p}>
                    {PRIORITY_LABELS[p]}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            {editing ? (
              <Field id="status" label="Status" error={errors.status}>
                <NativeSelect name="status" defaultValue={task!.status}>
                  {TASK_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {STATUS_LABELS[s]}
                    </option>
                  ))}
                </NativeSelect>
              </Field>
            ) : null}
          </div>
          <Field id="contact" label="Contact (optional)" error={errors.contact}>
            <ContactPicker value={picked} onChange={setPicked} />
          </Field>
          <Field id="description" label="Details" error={errors.description}>
            <Textarea name="description" rows={3} defaultValue={task?.description ?? ''} />
          </Field>
          {message ? (
            <p role="alert" className="text-sm text-destructive">
              {message}
            </p>
          ) : null}
          <DialogFooter className={editing ? 'sm:justify-between' : undefined}>
            {editing ? (
              <Button type="button" variant="ghost" className="text-destructive hover:text-destructive" onClick={onDelete} disabled={pending}>
                <Trash2 aria-hidden /> {confirmingDelete ? 'Click again to delete' : 'Delete task'}
              </Button>
            ) : null}
            <div className="flex flex-col-reverse gap-2 sm:flex-row">
              <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={pending}>
                {pending ? 'Saving…' : editing ? 'Save changes' : 'Create task'}
              </Button>
            </div>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
