'use client';

import * as React from 'react';
import { Button } from '@/components/ui/button';
import { DeleteTwiceButton } from '@/components/ui/delete-twice-button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { notify } from '@/components/ui/notify';
import { useUnsavedChanges } from '@/components/ui/unsaved-changes';
import { useApiForm } from '@/components/ui/use-api-form';
import { useRecordDialog } from '@/components/ui/use-record-dialog';
import { ContactPicker, type PickedContact } from '@/features/contacts/components/contact-picker';
import { apiFetch } from '@/lib/api-client';
import { dateInZone, parseDue, safeTimeZone, timeInZone } from '@/lib/time';
import { type Task, TASK_PRIORITIES, TASK_STATUSES, taskCreateSchema } from '../schema';
import { PRIORITY_LABELS, STATUS_LABELS } from './task-badges';
import type { TaskPerson } from './task-people';
import { taskUndo } from './task-undo';

/** The day and time fields of a task being edited: its whole day, or its moment in the user's zone. */
function dueFields(task: Task | undefined, timeZone: string): { day: string; time: string } {
  if (task?.due_on) return { day: task.due_on, time: '' };
  if (!task?.due_date) return { day: '', time: '' };
  const instant = new Date(task.due_date);
  return { day: dateInZone(instant, timeZone), time: timeInZone(instant, timeZone) };
}

/**
 * Create or edit a task. The due date is entered as a day and, optionally, a
 * time in the user's time zone. A day without a time is due on that day and
 * stays that day if the time zone changes; a time makes it due at that moment.
 * In a shared workspace, the task can be assigned to a member (a new one
 * starts unassigned, as the API makes it).
 */
export function TaskFormDialog({
  task,
  contact,
  people = [],
  timeZone: zone,
  locale,
  trigger,
  openWith,
}: {
  task?: Task;
  /** The contact the task is about (preselected; can be changed). */
  contact?: PickedContact | null;
  /** The members a task can be assigned to; the picker shows when there is someone besides you. */
  people?: TaskPerson[];
  timeZone: string;
  /** How the person writes dates (a typed day like 12/01/2026). */
  locale?: string;
  trigger: React.ReactNode;
  /** Opens when the URL has `?new=<openWith>` (the command palette's "New task"); one dialog per page. */
  openWith?: string;
}) {
  const timeZone = safeTimeZone(zone);
  const editing = Boolean(task);
  const { pending, errors, setErrors, message, reset, check, send, clearFieldError } = useApiForm();
  const [picked, setPicked] = React.useState<PickedContact | null>(contact ?? null);
  const { track: trackForm, isDirty } = useUnsavedChanges();
  const { open, setOpen, changeOpen, close, confirmingDelete, onDelete, undoEdit } = useRecordDialog({
    openWith,
    onOpen: () => {
      reset();
      setPicked(contact ?? null);
    },
    send,
    remove: task ? { url: `/api/tasks/${task.id}`, deleted: 'Task deleted', fallback: 'Could not delete the task.' } : undefined,
  });

  const initial = dueFields(task, timeZone);
  const rename = { due_date: 'due_day', due_on: 'due_day', contact_id: 'contact', assignee_id: 'assignee' };
  const assignable = people.length > 1 || Boolean(task?.assignee_id);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const due = parseDue(
      { day: String(form.get('due_day') ?? ''), time: String(form.get('due_time') ?? '') },
      { time_zone: timeZone, locale },
    );
    if (!due.ok) {
      setErrors({ [due.field === 'day' ? 'due_day' : 'due_time']: due.message });
      return;
    }
    const values: Record<string, unknown> = {
      title: String(form.get('title') ?? ''),
      description: String(form.get('description') ?? '').trim() || null,
      priority: String(form.get('priority') ?? 'medium'),
      ...due.value,
      contact_id: picked?.id ?? null,
      ...(assignable ? { assignee_id: String(form.get('assignee') ?? '') || null } : {}),
    };
    if (editing) values.status = String(form.get('status') ?? task!.status);
    if (!check(taskCreateSchema, values, rename)) return;
    await send(
      () => apiFetch<{ data: Task }>(editing ? `/api/tasks/${task!.id}` : '/api/tasks', { method: editing ? 'PUT' : 'POST', body: values }),
      ({ data }) => {
        close();
        announce(data);
      },
      { rename },
    );
  }

  /** The toast after a save; an edit can be undone (what changed is put back). */
  function announce(saved: Task) {
    if (!task) {
      notify.success(`Task “${saved.title}” added`);
      return;
    }
    notify.success('Task saved', {
      undo: undoEdit(`/api/tasks/${task.id}`, taskUndo(task, saved)),
      undoneMessage: 'The task is back as before',
    });
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      {/* the picked contact lives outside the form's fields */}
      <DialogContent className="sm:max-w-lg" dirty={() => isDirty() || (picked?.id ?? null) !== (contact?.id ?? null)}>
        <DialogHeader>
          <DialogTitle>{editing ? 'Edit task' : 'New task'}</DialogTitle>
          <DialogDescription>
            A day without a time is due on that day, wherever you are. A time is in your time zone ({timeZone}).
          </DialogDescription>
        </DialogHeader>
        <form
          ref={trackForm}
          onSubmit={onSubmit}
          className="grid gap-4"
          noValidate
          aria-label={editing ? 'Edit task' : 'New task'}
          onChange={clearFieldError}
        >
          <Field id="title" label="Title" error={errors.title}>
            <Input name="title" defaultValue={task?.title ?? ''} autoComplete="off" required />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="due_day" label="Due day" error={errors.due_day}>
              <Input name="due_day" type="date" defaultValue={initial.day} />
            </Field>
            <Field id="due_time" label="Time (optional)" error={errors.due_time}>
              <Input name="due_time" type="time" defaultValue={initial.time} />
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
          {assignable ? (
            <Field id="assignee" label="Assigned to" error={errors.assignee}>
              <NativeSelect name="assignee" defaultValue={task?.assignee_id ?? ''}>
                <option value="">Nobody yet</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.you ? `${p.name} (you)` : p.name}
                  </option>
                ))}
              </NativeSelect>
            </Field>
          ) : null}
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
              <DeleteTwiceButton confirming={confirmingDelete} onClick={onDelete} disabled={pending}>
                Delete task
              </DeleteTwiceButton>
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
