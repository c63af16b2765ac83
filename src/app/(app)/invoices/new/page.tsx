import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { InvoiceEditor } from '@/features/invoices/components/invoice-editor';
import { contactOptions, nextInvoiceNumberPreview, todayFor } from '@/features/invoices/service';
import { ViewOnlyPage } from '@/features/workspaces/components/view-only-page';
import { canWrite } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';
import { isUuid } from '@/lib/validation';

export const metadata: Metadata = { title: 'New invoice' };

export default async function NewInvoicePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { contact_id } = await searchParams;
  const { contacts, user, nextNumber } = await asPageUser(async (tx, u) => ({
    contacts: await contactOptions(tx, u),
    user: u,
    nextNumber: await nextInvoiceNumberPreview(tx, u),
  }));
  const preselected =
    typeof contact_id === 'string' && isUuid(contact_id) && contacts.some((c) => c.id === contact_id) ? contact_id : undefined;
  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <Link href="/invoices" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> Invoices
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight">New invoice</h1>
      {!canWrite(user.role) ? (
        <ViewOnlyPage workspace={user.name} doing="write invoices" back={{ href: '/invoices', label: 'Back to invoices' }} />
      ) : (
        <InvoiceEditor
          contacts={contacts}
          locale={user.locale}
          defaults={{
            currency: user.currency,
            issue_date: todayFor(user),
            payment_terms_days: user.payment_terms_days,
            invoice_prefix: user.invoice_prefix,
            next_invoice_number: nextNumber,
            contact_id: preselected,
          }}
        />
      )}
    </div>
  );
}
