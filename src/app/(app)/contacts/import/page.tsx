import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ContactImport } from '@/features/contacts/components/contact-import';
import { ViewOnlyPage } from '@/features/workspaces/components/view-only-page';
import { canWrite } from '@/features/workspaces/schema';
import { getPageUser } from '@/lib/auth/page';

export const metadata: Metadata = { title: 'Import contacts' };

export default async function ImportContactsPage() {
  const { workspace } = await getPageUser();
  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <Link href="/contacts" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> Contacts
      </Link>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Import contacts</h1>
        <p className="text-sm text-muted-foreground">
          Bring your address book in from a CSV file. You see everything before anything is saved.
        </p>
      </div>
      {canWrite(workspace.role) ? (
        <ContactImport />
      ) : (
        <ViewOnlyPage workspace={workspace.name} doing="import contacts" back={{ href: '/contacts', label: 'Back to contacts' }} />
      )}
    </div>
  );
}
