'use client';

import { Pause, Play } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { notify } from '@/components/ui/notify';
import { ApiClientError, apiFetch } from '@/lib/api-client';

/** Pauses a recurring profile, or resumes it (a resume does not catch up the periods that passed while paused). */
export function PauseResumeButton({ id, status }: { id: string; status: 'active' | 'paused' }) {
  const router = useRouter();
  const [pending, setPending] = React.useState(false);
  const next = status === 'active' ? 'paused' : 'active';
  return (
    <Button
      variant="outline"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        try {
          const { data } = await apiFetch<{ data: { next_date: string | null } }>(`/api/recurring-invoices/${id}`, {
            method: 'PUT',
            body: { status: next },
          });
          notify.success(next === 'paused' ? 'Paused: no invoices until you resume' : 'Resumed', {
            description: next === 'active' && data.next_date ? `Next invoice: ${data.next_date}` : undefined,
          });
          router.refresh();
        } catch (caught) {
          notify.error(caught instanceof ApiClientError ? caught.message : 'Something went wrong. Try again.');
        } finally {
          setPending(false);
        }
      }}
    >
      {status === 'active' ? <Pause aria-hidden /> : <Play aria-hidden />} {status === 'active' ? 'Pause' : 'Resume'}
    </Button>
  );
}
