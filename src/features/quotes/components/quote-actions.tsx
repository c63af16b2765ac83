'use client';

import { FileDown } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { notify } from '@/components/ui/notify';
import { useCanWrite } from '@/features/workspaces/components/workspace-role';
import { apiFetch } from '@/lib/api-client';
import type { QuoteStatus } from '../schema';

/**
 * What can be done with a quote: edit a draft, send it (email with PDF and
 * client link), record the client's answer, convert it into an invoice, and
 * the PDF. Viewers see only the PDF.
 */
export function QuoteActions({ id, status, number }: { id: string; status: QuoteStatus; number: string }) {
  const router = useRouter();
  const canWrite = useCanWrite();
  const [pending, setPending] = React.useState(false);

  async function run(label: string, fn: () => Promise<void>) {
    setPending(true);
    try {
      await fn();
    } catch (error) {
      notify.failure(error, `${label} did not work.`);
    } finally {
      setPending(false);
    }
  }

  const send = () =>
    run('Sending', async () => {
      await apiFetch(`/api/quotes/${id}/send`, { method: 'POST', body: {} });
      notify.success(`${number} sent`, { description: 'The email carries the PDF and a link to accept or decline it.' });
      router.refresh();
    });
  const answer = (to: 'accepted' | 'declined') =>
    run('Saving the answer', async () => {
      await apiFetch(`/api/quotes/${id}`, { method: 'PUT', body: { status: to } });
      notify.success(`${number} marked as ${to}`);
      router.refresh();
    });
  const convert = () =>
    run('Converting', async () => {
      const { data } = await apiFetch<{ data: { id: string; invoice_number: string } }>(`/api/quotes/${id}/convert`, { method: 'POST' });
      notify.success(`Invoice ${data.invoice_number} made from ${number}`, { description: 'It is a draft: check it and send it.' });
      router.push(`/invoices/${data.id}`);
      router.refresh();
    });

  return (
    <div className="flex flex-wrap gap-2">
      <Button asChild variant="outline" size="sm">
        <a href={`/api/quotes/${id}/pdf`} target="_blank" rel="noreferrer">
          <FileDown aria-hidden /> PDF
        </a>
      </Button>
      {canWrite && status === 'draft' ? (
        <>
          <Button asChild variant="outline" size="sm">
            <Link href={`/quotes/${id}/edit`}>Edit</Link>
          </Button>
          <Button size="sm" onClick={send} disabled={pending}>
            Send quote
          </Button>
        </>
      ) : null}
      {canWrite && status === 'sent' ? (
        <>
          <Button size="sm" variant="outline" onClick={send} disabled={pending}>
            Send again
          </Button>
          <Button size="sm" variant="outline" onClick={() => answer('accepted')} disabled={pending}>
            Mark accepted
          </Button>
          <Button size="sm" variant="outline" onClick={() => answer('declined')} disabled={pending}>
            Mark declined
          </Button>
        </>
      ) : null}
      {canWrite && (status === 'sent' || status === 'accepted') ? (
        <Button size="sm" onClick={convert} disabled={pending}>
          Convert to invoice
        </Button>
      ) : null}
    </div>
  );
}
