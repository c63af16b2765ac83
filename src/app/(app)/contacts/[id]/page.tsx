import { ArrowLeft, Building2, Mail, MapPin, Pencil, Phone } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ContactFormDialog } from '@/features/contacts/components/contact-form-dialog';
import { ContactStatusBadge } from '@/features/contacts/components/contact-status-badge';
import { DeleteContactButton } from '@/features/contacts/components/delete-contact-button';
import { contactName } from '@/features/contacts/schema';
import { getContact } from '@/features/contacts/service';
import { asPageUser } from '@/lib/auth/page';
import { ApiError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { isUuid } from '@/lib/validation';

export const metadata: Metadata = { title: 'Contact' };

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const loaded = await asPageUser(async (tx, user) => {
    try {
      return { contact: await getContact(tx, user, id.toLowerCase()), user };
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  });
  if (!loaded) notFound();
  const { contact, user } = loaded;
  const name = contactName(contact);

  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <Link href="/contacts" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> Contacts
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight">{name}</h1>
            <ContactStatusBadge status={contact.status} />
          </div>
          {contact.position || contact.company ? (
            <p className="text-muted-foreground">{[contact.position, contact.company].filter(Boolean).join(' at ')}</p>
          ) : null}
        </div>
        <div className="flex gap-2">
          <ContactFormDialog
            contact={contact}
            trigger={
              <Button variant="outline">
                <Pencil aria-hidden /> Edit
              </Button>
            }
          />
          <DeleteContactButton id={contact.id} name={name} />
        </div>
      </div>

      <div className="grid gap-4 md:grid-cols-3">
        <Card className="md:col-span-1">
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
          </CardContent>
        </Card>
        <Card className="md:col-span-2">
          <CardHeader>
            <CardTitle>Notes</CardTitle>
          </CardHeader>
          <CardContent>
            {contact.notes ? (
              <p className="whitespace-pre-line text-sm leading-relaxed">{contact.notes}</p>
            ) : (
              <p className="text-sm text-muted-foreground">No notes yet. Use Edit to add what you know.</p>
            )}
            <p className="mt-6 text-xs text-muted-foreground">
              Added {formatDateTime(contact.created_at, user)} · Updated {formatDateTime(contact.updated_at, user)}
            </p>
          </CardContent>
        </Card>
      </div>
    </div>
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
