import { Building2, Mail, MapPin, Phone } from 'lucide-react';
import Link from 'next/link';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { formatDue } from '@/features/tasks/components/due';
import { OverdueBadge, PriorityBadge } from '@/features/tasks/components/task-badges';
import { TaskDoneToggle } from '@/features/tasks/components/task-status-control';
import { isOverdue, type Task } from '@/features/tasks/schema';
import { formatDateTime, type Locale } from '@/lib/format';
import type { Contact } from '../schema';

/** The cards beside a contact's timeline: the next task, and the contact's details. */

export function NextTaskCard({
  contactId,
  next,
  openTasks,
  user,
}: {
  contactId: string;
  next: Task | null;
  openTasks: number;
  user: Locale;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Next task</CardTitle>
      </CardHeader>
      <CardContent data-testid="next-task">
        {next ? (
          <div className="grid gap-2">
            <div className="flex items-start gap-2">
              <TaskDoneToggle task={next} className="mt-0.5" />
              <p className="min-w-0 break-words font-medium">{next.title}</p>
            </div>
            <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
              {next.due_date || next.due_on ? <span>Due {formatDue(next, user, { inSentence: true })}</span> : <span>No due date</span>}
              {isOverdue(next, new Date(), user.time_zone) ? <OverdueBadge /> : null}
              <PriorityBadge priority={next.priority} />
            </div>
            {openTasks > 1 ? (
              <Link href={`/tasks?contact_id=${contactId}`} className="text-xs text-primary hover:underline">
                {openTasks - 1} more open
              </Link>
            ) : null}
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">Nothing open. Add a task for the next step.</p>
        )}
      </CardContent>
    </Card>
  );
}

export function ContactDetailsCard({ contact, user }: { contact: Contact; user: Locale }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Details</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-3 text-sm">
          <Detail icon={Mail} label="Email">
            {contact.email ? (
              <a className="text-primary hover:underline" href={`mailto:${contact.email}`}>
                {contact.email}
              </a>
            ) : null}
          </Detail>
          <Detail icon={Phone} label="Phone">
            {contact.phone ? (
              <a className="text-primary hover:underline" href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>
                {contact.phone}
              </a>
            ) : null}
          </Detail>
          <Detail icon={Building2} label="Company">
            {contact.company}
          </Detail>
          <Detail icon={MapPin} label="Address">
            {contact.address ? <span className="whitespace-pre-line">{contact.address}</span> : null}
          </Detail>
        </dl>
        {contact.notes ? (
          <div className="mt-4 border-t pt-3">
            <p className="text-xs text-muted-foreground">About</p>
            <p className="whitespace-pre-line text-sm leading-relaxed">{contact.notes}</p>
          </div>
        ) : null}
        <p className="mt-4 text-xs text-muted-foreground">
          Added {formatDateTime(contact.created_at, user)} · Updated {formatDateTime(contact.updated_at, user)}
        </p>
      </CardContent>
    </Card>
  );
}

function Detail({
  icon: Icon,
  label,
  children,
}: {
  icon: React.ComponentType<{ className?: string; 'aria-hidden'?: boolean }>;
  label: string;
  children: React.ReactNode;
}) {
  return (
    <div className="flex gap-2.5">
      <Icon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
      <div className="min-w-0">
        <dt className="text-xs text-muted-foreground">{label}</dt>
        <dd className="break-words">{children ?? <span className="text-muted-foreground">—</span>}</dd>
      </div>
    </div>
  );
}
