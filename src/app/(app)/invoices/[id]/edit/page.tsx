import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { InvoiceEditor } from '@/features/invoices/components/invoice-editor';
import { contactOptions, findInvoice, todayFor } from '@/features/invoices/service';
import { ViewOnlyPage } from '@/features/workspaces/components/view-only-page';
import { canWrite } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';
import { isUuid } from '@/lib/validation';

export const metadata: Metadata = { title: 'Edit invoice' };

export default async function EditInvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const loaded = await asPageUser(async (tx, user) => {
    const invoice = await findInvoice(tx, user, id.toLowerCase());
    return invoice ? { invoice, user, contacts: await contactOptions(tx, user) } : null;
  });
  if (!loaded) notFound();
  const { invoice, user, contacts } = loaded;
  // only drafts change; anything else shows the invoice
  if (invoice.status !== 'draft') redirect(`/invoices/${invoice.id}`);
  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <Link href={`/invoices/${invoice.id}`} className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> {invoice.invoice_number}
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight">Edit {invoice.invoice_number}</h1>
      {!canWrite(user.role) ? (
        <ViewOnlyPage
          workspace={user.name}
          doing="change invoices"
          back={{ href: `/invoices/${invoice.id}`, label: `Back to ${invoice.invoice_number}` }}
        />
      ) : (
        <InvoiceEditor
          invoice={invoice}
          contacts={contacts}
          locale={user.locale}
          defaults={{
            currency: user.currency,
            issue_date: todayFor(user),
            payment_terms_days: user.payment_terms_days,
            invoice_prefix: user.invoice_prefix,
          }}
        />
      )}
    </div>
  );
}
