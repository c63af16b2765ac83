import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { InvoiceEditor } from '@/features/invoices/components/invoice-editor';
import { contactOptions, todayFor } from '@/features/invoices/service';
import { DEFAULT_VALIDITY_DAYS } from '@/features/quotes/schema';
import { getQuoteSettings } from '@/features/quotes/service';
import { ViewOnlyPage } from '@/features/workspaces/components/view-only-page';
import { canWrite } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';

export const metadata: Metadata = { title: 'New quote' };

export default async function NewQuotePage() {
  const { contacts, user, settings } = await asPageUser(async (tx, u) => ({
    contacts: await contactOptions(tx, u),
    user: u,
    settings: await getQuoteSettings(tx, u),
  }));
  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <Link href="/quotes" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden /> Quotes
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight">New quote</h1>
      {!canWrite(user.role) ? (
        <ViewOnlyPage workspace={user.name} doing="write quotes" back={{ href: '/quotes', label: 'Back to quotes' }} />
      ) : (
        <InvoiceEditor
          kind="quote"
          contacts={contacts}
          locale={user.locale}
          defaults={{
            currency: user.currency,
            issue_date: todayFor(user),
            payment_terms_days: DEFAULT_VALIDITY_DAYS,
            invoice_prefix: settings.quote_prefix,
          }}
        />
      )}
    </div>
  );
}
