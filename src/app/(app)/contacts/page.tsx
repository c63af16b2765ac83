import { BookUser, ChevronRight, Download, Plus, Upload } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Pager } from '@/components/ui/pager';
import { EmptyState, NoMatches } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { ContactFilters } from '@/features/contacts/components/contact-filters';
import { ContactFormDialog } from '@/features/contacts/components/contact-form-dialog';
import { ContactStatusBadge } from '@/features/contacts/components/contact-status-badge';
import { contactListQuerySchema, contactName, type ContactStatus } from '@/features/contacts/schema';
import { listContacts } from '@/features/contacts/service';
import { ReadOnlyNote } from '@/features/workspaces/components/workspace-role';
import { canWrite } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';
import { clearHref, exportHref, readListParams, type SearchParams } from '@/lib/http/list-page';
import { formatDate } from '@/lib/format';
import { formatTotal } from '@/lib/pagination/count';

export const metadata: Metadata = { title: 'Contacts' };

/** A status filter said as the people it shows (the empty state names it). */
const STATUS_NOUN: Record<ContactStatus, string> = {
  lead: 'leads',
  active: 'active contacts',
  customer: 'customers',
  inactive: 'inactive contacts',
};

export default async function ContactsPage({ searchParams }: { searchParams: SearchParams }) {
  const { wanted, query } = await readListParams(searchParams, ['q', 'status', 'sort', 'cursor'], contactListQuerySchema, { limit: '25' });
  const { result, user } = await asPageUser(async (tx, u) => ({ result: await listContacts(tx, u, query), user: u }));
  const filtered = Boolean(query.q || query.status);
  const writable = canWrite(user.role);

  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Contacts</h1>
          <p className="text-sm text-muted-foreground" data-testid="contacts-total">
            {formatTotal(result.page)} {result.page.total === 1 ? 'contact' : 'contacts'}
            {filtered ? ' match' : ''}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {writable ? (
            <Button asChild variant="outline">
              <Link href="/contacts/import">
                <Upload aria-hidden /> Import
              </Link>
            </Button>
          ) : null}
          <Button asChild variant="outline">
            <a href={exportHref('/api/contacts', wanted)} download>
              <Download aria-hidden /> Export
            </a>
          </Button>
          {writable ? (
            <ContactFormDialog
              openWith="contact"
              locale={user.locale}
              currency={user.currency}
              trigger={
                <Button>
                  <Plus aria-hidden /> New contact
                </Button>
              }
            />
          ) : null}
        </div>
      </div>

      <ReadOnlyNote />

      <ContactFilters />

      {result.data.length === 0 ? (
        filtered ? (
          <NoMatches
            filters={{ noun: query.status ? STATUS_NOUN[query.status] : 'contacts', search: query.q }}
            filtered={Boolean(query.status)}
            clearHref={clearHref('/contacts', wanted)}
          />
        ) : (
          <EmptyState
            icon={BookUser}
            title="No contacts yet"
            description={
              writable
                ? 'Add the people you work with: clients, leads and partners.'
                : 'The clients, leads and partners your team adds will show here.'
            }
            action={
              writable ? (
                <div className="flex flex-wrap justify-center gap-2">
                  <ContactFormDialog locale={user.locale} currency={user.currency} trigger={<Button>Add your first contact</Button>} />
                  <Button asChild variant="outline">
                    <Link href="/contacts/import">Import from a CSV file</Link>
                  </Button>
                </div>
              ) : undefined
            }
          />
        )
      ) : (
        <>
          <div className="hidden rounded-lg border bg-card shadow-sm md:block">
            <Table>
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead>Name</TableHead>
                  <TableHead>Company</TableHead>
                  <TableHead>Email</TableHead>
                  <TableHead>Phone</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead className="text-right">Added</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {result.data.map((contact) => (
                  <TableRow key={contact.id}>
                    <TableCell className="font-medium">
                      <Link href={`/contacts/${contact.id}`} className="hover:underline">
                        {contactName(contact)}
                      </Link>
                      {contact.position ? (
                        <span className="block text-xs font-normal text-muted-foreground">{contact.position}</span>
                      ) : null}
                    </TableCell>
                    <TableCell>{contact.company}</TableCell>
                    <TableCell className="max-w-56 truncate">{contact.email}</TableCell>
                    <TableCell className="whitespace-nowrap">{contact.phone}</TableCell>
                    <TableCell>
                      <ContactStatusBadge status={contact.status} />
                    </TableCell>
                    <TableCell className="whitespace-nowrap text-right text-muted-foreground">
                      {formatDate(contact.created_at, user)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <ul className="flex flex-col gap-2 md:hidden" aria-label="Contacts">
            {result.data.map((contact) => (
              <li key={contact.id} className="min-w-0">
                <Link
                  href={`/contacts/${contact.id}`}
                  className="flex items-center gap-3 rounded-lg border bg-card p-3 shadow-sm active:bg-muted"
                >
                  <div className="min-w-0 flex-1">
                    <p className="truncate font-medium">{contactName(contact)}</p>
                    <p className="truncate text-sm text-muted-foreground">{[contact.company, contact.email].filter(Boolean).join(' · ')}</p>
                  </div>
                  <ContactStatusBadge status={contact.status} />
                  <ChevronRight className="size-4 text-muted-foreground" aria-hidden />
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}

      <Pager path="/contacts" params={wanted} nextCursor={result.page.next_cursor} />
    </div>
  );
}
