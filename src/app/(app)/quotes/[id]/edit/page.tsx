import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { InvoiceEditor } from '@/features/invoices/components/invoice-editor';
import { contactOptions, todayFor } from '@/features/invoices/service';
import { DEFAULT_VALIDITY_DAYS } from '@/features/quotes/schema';
import { editableQuote, findQuote, getQuoteSettings } from '@/features/quotes/service';
import { canWrite } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';
import { isUuid } from '@/lib/validation';

export const metadata: Metadata = { title: 'Edit quote' };

export default async function EditQuotePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const loaded = await asPageUser(async (tx, u) => {
    const quote = await findQuote(tx, u, id.toLowerCase());
    return quote ? { quote, contacts: await contactOptions(tx, u), user: u, settings: await getQuoteSettings(tx, u) } : null;
  });
  if (!loaded) notFound();
  const { quote, contacts, user, settings } = loaded;
  if (quote.status !== 'draft' || !canWrite(user.role)) redirect(`/quotes/${quote.id}`);
  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <Link href={`/quotes/${quote.id}`} className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> {quote.quote_number}
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight">Edit {quote.quote_number}</h1>
      <InvoiceEditor
        kind="quote"
        invoice={editableQuote(quote)}
        contacts={contacts}
        locale={user.locale}
        defaults={{
          currency: user.currency,
          issue_date: todayFor(user),
          payment_terms_days: DEFAULT_VALIDITY_DAYS,
          invoice_prefix: settings.quote_prefix,
        }}
      />
    </div>
  );
}
