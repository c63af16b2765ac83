import { ArrowLeft, FilePlus2, Pencil, Plus } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ContactDetailsCard, NextTaskCard } from '@/features/contacts/components/contact-cards';
import { ContactFormDialog } from '@/features/contacts/components/contact-form-dialog';
import { ContactStatusBadge } from '@/features/contacts/components/contact-status-badge';
import { DeleteContactButton } from '@/features/contacts/components/delete-contact-button';
import { contactName } from '@/features/contacts/schema';
import { getContact } from '@/features/contacts/service';
import { NoteForm } from '@/features/notes/components/note-form';
import { TaskFormDialog } from '@/features/tasks/components/task-form-dialog';
import { taskPeople } from '@/features/tasks/components/task-people';
import { MoneyPictureView } from '@/features/timeline/components/money-picture';
import { Timeline } from '@/features/timeline/components/timeline';
import { timelineQuerySchema } from '@/features/timeline/schema';
import { getContactSummary, getTimeline } from '@/features/timeline/service';
import { workspaceMembers } from '@/features/workspaces/service';
import { ReadOnlyNote } from '@/features/workspaces/components/workspace-role';
import { canWrite } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';
import { ApiError } from '@/lib/errors';
import { isUuid } from '@/lib/validation';

export const metadata: Metadata = { title: 'Contact' };

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const loaded = await asPageUser(async (tx, user) => {
    try {
      const contactId = id.toLowerCase();
      const contact = await getContact(tx, user, contactId);
      const summary = await getContactSummary(tx, user, contactId);
      const timeline = await getTimeline(tx, user, contactId, timelineQuerySchema.parse({ limit: '30' }));
      const people = taskPeople(await workspaceMembers(tx, user), user.user.id);
      return { contact, summary, timeline, user, people };
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  });
  if (!loaded) notFound();
  const { contact, summary, timeline, user, people } = loaded;
  const name = contactName(contact);
  const next = summary.next_task;
  const picked = { id: contact.id, name };
  const writable = canWrite(user.role);

  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <Link href="/contacts" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> Contacts
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="break-words text-2xl font-semibold tracking-tight">{name}</h1>
            <ContactStatusBadge status={contact.status} />
          </div>
          {contact.position || contact.company ? (
            <p className="text-muted-foreground">{[contact.position, contact.company].filter(Boolean).join(' at ')}</p>
          ) : null}
        </div>
        {writable ? (
          <div className="flex flex-wrap gap-2">
            <TaskFormDialog
              timeZone={user.time_zone}
              contact={picked}
              people={people}
              trigger={
                <Button>
                  <Plus aria-hidden /> Add task
                </Button>
              }
            />
            <Button asChild variant="outline">
              <Link href={`/invoices/new?contact_id=${contact.id}`}>
                <FilePlus2 aria-hidden /> New invoice
              </Link>
            </Button>
            <ContactFormDialog
              contact={contact}
              locale={user.locale}
              currency={user.currency}
              trigger={
                <Button variant="outline">
                  <Pencil aria-hidden /> Edit
                </Button>
              }
            />
            <DeleteContactButton id={contact.id} name={name} status={contact.status} invoiceCount={summary.counts.invoices} />
          </div>
        ) : null}
      </div>

      <ReadOnlyNote />

      <div className="grid gap-4 md:grid-cols-3">
        <div className="grid content-start gap-4 md:col-span-1">
          <NextTaskCard contactId={contact.id} next={next} openTasks={summary.counts.open_tasks} user={user} />

          <Card>
            <CardHeader>
              <CardTitle>Money</CardTitle>
            </CardHeader>
            <CardContent>
              <MoneyPictureView money={summary.money} currency={user.currency} locale={user.locale} />
            </CardContent>
          </Card>

          <ContactDetailsCard contact={contact} user={user} />
        </div>

        <Card className="md:col-span-2">
          <CardHeader>
            <CardTitle>Timeline</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-5">
            {writable ? <NoteForm contactId={contact.id} /> : null}
            <Timeline
              contactId={contact.id}
              initial={timeline.data}
              page={timeline.page}
              user={{ locale: user.locale, time_zone: user.time_zone }}
            />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
