'use client';

import { FileSignature, FileText } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { notify } from '@/components/ui/notify';
import { apiFetch } from '@/lib/api-client';

const DOCUMENTS = {
  invoice: { path: 'invoice', label: 'Create invoice', Icon: FileText, page: '/invoices', word: 'Invoice', number: 'invoice_number' },
  quote: { path: 'quote', label: 'Create quote', Icon: FileSignature, page: '/quotes', word: 'Quote', number: 'quote_number' },
} as const;

/** "Create invoice" on a won deal, "Create quote" on an open or won one: one draft with the deal's line, then its page. */
export function DealDocumentButton({ dealId, kind, variant }: { dealId: string; kind: keyof typeof DOCUMENTS; variant?: 'outline' }) {
  const router = useRouter();
  const [pending, setPending] = React.useState(false);
  const doc = DOCUMENTS[kind];
  async function create() {
    setPending(true);
    try {
      const created = await apiFetch<{ data: Record<string, string> }>(`/api/deals/${dealId}/${doc.path}`, { method: 'POST' });
      notify.success(`${doc.word} ${created.data[doc.number]} created`);
      router.push(`${doc.page}/${created.data.id}`);
    } catch (error) {
      notify.error(error instanceof Error ? error.message : `The ${kind} could not be created.`);
      setPending(false);
    }
  }
  return (
    <Button onClick={create} disabled={pending} variant={variant}>
      <doc.Icon aria-hidden /> {pending ? 'Creating…' : doc.label}
    </Button>
  );
}
