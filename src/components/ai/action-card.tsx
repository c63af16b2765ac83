'use client';

import { Check, Undo2, X } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { recordHref } from '@/features/ai/links';
import type { AiActionStatus } from '@/features/ai/schema';
import { apiFetch, ApiClientError } from '@/lib/api-client';

export interface ActionView {
  id: string;
  tool: string;
  summary: string;
  status: AiActionStatus;
  reversible?: boolean;
  result?: unknown;
}

const STATUS_LABEL: Record<AiActionStatus, { label: string; tone: 'amber' | 'green' | 'neutral' | 'red' | 'blue' }> = {
  pending: { label: 'Waiting for you', tone: 'amber' },
  confirmed: { label: 'Done', tone: 'green' },
  rejected: { label: 'Rejected', tone: 'neutral' },
  undone: { label: 'Undone', tone: 'blue' },
  expired: { label: 'Expired', tone: 'neutral' },
};

/** A change the assistant proposed: Confirm / Reject while pending, Undo once done. */
export function ActionCard({ action: initial }: { action: ActionView }) {
  const router = useRouter();
  const [action, setAction] = React.useState(initial);
  const [busy, setBusy] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  async function decide(verb: 'confirm' | 'reject' | 'undo') {
    setBusy(verb);
    setError(null);
    try {
      const res = await apiFetch<{ data: unknown }>(`/api/ai/actions/${action.id}/${verb}`, { method: 'POST' });
      if (verb === 'confirm') setAction({ ...action, status: 'confirmed', result: res.data, reversible: true });
      if (verb === 'reject') setAction({ ...action, status: 'rejected' });
      if (verb === 'undo') setAction({ ...action, status: 'undone' });
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiClientError ? e.message : 'Something went wrong.');
    } finally {
      setBusy(null);
    }
  }

  const status = STATUS_LABEL[action.status];
  const href = action.status === 'confirmed' ? recordHref(action.tool, action.result) : undefined;
  return (
    <div
      className="grid gap-2 rounded-md border border-amber-200 bg-amber-50/60 p-3 text-sm"
      data-testid="ai-action"
      aria-label="Proposed change"
      role="group"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-medium">Proposed change</span>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <p className="break-words">{action.summary}</p>
      {href ? (
        <Link href={href} className="font-medium text-primary underline underline-offset-2">
          Open the record
        </Link>
      ) : null}
      {error ? (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      ) : null}
      {action.status === 'pending' ? (
        <div className="flex flex-wrap gap-2">
          <Button size="sm" onClick={() => decide('confirm')} disabled={busy !== null}>
            <Check aria-hidden /> {busy === 'confirm' ? 'Applying…' : 'Confirm'}
          </Button>
          <Button size="sm" variant="outline" onClick={() => decide('reject')} disabled={busy !== null}>
            <X aria-hidden /> Reject
          </Button>
        </div>
      ) : null}
      {action.status === 'confirmed' && action.reversible !== false ? (
        <div>
          <Button size="sm" variant="outline" onClick={() => decide('undo')} disabled={busy !== null}>
            <Undo2 aria-hidden /> {busy === 'undo' ? 'Undoing…' : 'Undo'}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
