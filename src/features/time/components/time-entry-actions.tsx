'use client';

import { ReceiptText, Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { notify } from '@/components/ui/notify';
import { NativeSelect } from '@/components/ui/select';
import { apiFetch } from '@/lib/api-client';
import { GROUPINGS, type Grouping } from '../schema';

/** Deletes an unbilled entry (a billed one is locked: the page shows its invoice instead). */
export function DeleteTimeEntryButton({ id, description }: { id: string; description: string }) {
  const router = useRouter();
  const [pending, setPending] = React.useState(false);
  return (
    <Button
      type="button"
      variant="ghost"
      size="sm"
      disabled={pending}
      aria-label={`Delete “${description}”`}
      onClick={async () => {
        setPending(true);
        try {
          await apiFetch(`/api/time-entries/${id}`, { method: 'DELETE' });
          notify.success('Time deleted', { description });
          router.refresh();
        } catch (error) {
          notify.failure(error, 'The entry could not be deleted. Try again.');
        } finally {
          setPending(false);
        }
      }}
    >
      <Trash2 aria-hidden /> Delete
    </Button>
  );
}

const GROUPING_LABELS: Record<Grouping, string> = {
  entry: 'One line per entry',
  day: 'One line per day',
  description: 'One line per task',
};

/**
 * Bills a client's unbilled time: one new draft invoice with the time as its
 * lines (POST /api/invoices/from-time), then opens it.
 */
export function BillTimeButton({ contactId, name, hours }: { contactId: string; name: string; hours: string }) {
  const router = useRouter();
  const [pending, setPending] = React.useState(false);
  const [grouping, setGrouping] = React.useState<Grouping>('entry');
  const selectId = `group-${contactId}`;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={selectId} className="sr-only">
        Invoice lines for {name}
      </label>
      <NativeSelect id={selectId} value={grouping} onChange={(e) => setGrouping(e.target.value as Grouping)} className="h-8 w-auto text-xs">
        {GROUPINGS.map((g) => (
          <option key={g} value={g}>
            {GROUPING_LABELS[g]}
          </option>
        ))}
      </NativeSelect>
      <Button
        type="button"
        size="sm"
        disabled={pending}
        aria-label={`Bill ${hours} h of time for ${name}`}
        onClick={async () => {
          setPending(true);
          try {
            const { data } = await apiFetch<{ data: { id: string; invoice_number: string } }>('/api/invoices/from-time', {
              method: 'POST',
              body: { contact_id: contactId, group_by: grouping },
            });
            notify.success(`Invoice ${data.invoice_number} made from the time`, { description: name });
            router.push(`/invoices/${data.id}`);
          } catch (error) {
            notify.failure(error, 'The time could not be billed. Try again.');
            setPending(false);
          }
        }}
      >
        <ReceiptText aria-hidden /> Bill {hours} h
      </Button>
    </div>
  );
}
