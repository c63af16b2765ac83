'use client';

import { FileText } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { notify } from '@/components/ui/notify';
import { apiFetch } from '@/lib/api-client';

/** "Create invoice" on a won deal: one draft with the deal's line, then its page. */
export function InvoiceDealButton({ dealId }: { dealId: string }) {
  const router = useRouter();
  const [pending, setPending] = React.useState(false);
  async function create() {
    setPending(true);
    try {
      const created = await apiFetch<{ data: { id: string; invoice_number: string } }>(`/api/deals/${dealId}/invoice`, { method: 'POST' });
      notify.success(`Invoice ${created.data.invoice_number} created`);
      router.push(`/invoices/${created.data.id}`);
    } catch (error) {
      notify.error(error instanceof Error ? error.message : 'The invoice could not be created.');
      setPending(false);
    }
  }
  return (
    <Button onClick={create} disabled={pending}>
      <FileText aria-hidden /> {pending ? 'Creating…' : 'Create invoice'}
    </Button>
  );
}
