import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { contactOptions, todayFor } from '@/features/invoices/service';
import { RecurringForm } from '@/features/recurring/components/recurring-form';
import { findRecurring } from '@/features/recurring/service';
import { ViewOnlyPage } from '@/features/workspaces/components/view-only-page';
import { canWrite } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';
import { isUuid } from '@/lib/validation';

export const metadata: Metadata = { title: 'Edit recurring invoice' };

export default async function EditRecurringPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const loaded = await asPageUser(async (tx, u) => {
    const profile = await findRecurring(tx, u, id.toLowerCase());
    return profile ? { profile, contacts: await contactOptions(tx, u), user: u } : null;
  });
  if (!loaded) notFound();
  const { profile, contacts, user } = loaded;
  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <Link
        href={`/recurring/${profile.id}`}
        className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
      >
        <ArrowLeft className="size-4" aria-hidden /> Recurring invoice
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight">Edit recurring invoice</h1>
      {!canWrite(user.role) ? (
        <ViewOnlyPage workspace={user.name} doing="change recurring invoices" back={{ href: `/recurring/${profile.id}`, label: 'Back' }} />
      ) : (
        <RecurringForm contacts={contacts} locale={user.locale} today={todayFor(user)} profile={profile} />
      )}
    </div>
  );
}
