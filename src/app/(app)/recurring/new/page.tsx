import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { contactOptions, todayFor } from '@/features/invoices/service';
import { RecurringForm } from '@/features/recurring/components/recurring-form';
import { ViewOnlyPage } from '@/features/workspaces/components/view-only-page';
import { canWrite } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';

export const metadata: Metadata = { title: 'New recurring invoice' };

export default async function NewRecurringPage() {
  const { contacts, user } = await asPageUser(async (tx, u) => ({ contacts: await contactOptions(tx, u), user: u }));
  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <Link href="/recurring" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> Recurring invoices
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight">New recurring invoice</h1>
      {!canWrite(user.role) ? (
        <ViewOnlyPage
          workspace={user.name}
          doing="set up recurring invoices"
          back={{ href: '/recurring', label: 'Back to recurring invoices' }}
        />
      ) : (
        <RecurringForm contacts={contacts} locale={user.locale} today={todayFor(user)} />
      )}
    </div>
  );
}
