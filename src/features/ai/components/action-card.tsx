'use client';

import { Check, CheckCircle2, Clock, Undo2, X, XCircle } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { recordHref } from '../links';
import { cn } from '@/lib/utils';
import type { AiActionStatus } from '../schema';
import { apiFetch, ApiClientError } from '@/lib/api-client';
import { actionState, decisionFailure, type Tone } from './action-status';

export interface ActionView {
  id: string;
  tool: string;
  summary: string;
  status: AiActionStatus;
  reversible?: boolean;
  result?: unknown;
}

const TONE: Record<Tone, string> = {
  amber: 'text-amber-800',
  green: 'text-green-800',
  neutral: 'text-foreground',
  red: 'text-red-700',
  blue: 'text-blue-800',
};

const ICON: Record<AiActionStatus, typeof Check> = {
  pending: Clock,
  confirmed: CheckCircle2,
  rejected: XCircle,
  undone: Undo2,
  expired: Clock,
};

/** A change the assistant proposed: Confirm / Cancel while it waits for your OK, Undo once done. */
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
      setError(decisionFailure(e instanceof ApiClientError ? e : null));
    } finally {
      setBusy(null);
    }
  }

  const state = actionState(action);
  const href = action.status === 'confirmed' ? recordHref(action.tool, action.result) : undefined;
  const settled = action.status !== 'pending';
  const StateIcon = ICON[action.status];
  return (
    <div
      className={cn('grid gap-2 rounded-md border p-3 text-sm', settled ? 'border-border bg-muted/40' : 'border-amber-200 bg-amber-50/60')}
      data-testid="ai-action"
      aria-label="Change proposed by the assistant"
      role="group"
    >
      <p className={cn('flex items-start gap-1.5 font-medium', TONE[state.tone])} data-testid="ai-action-state">
        <StateIcon className="mt-0.5 size-4 shrink-0" aria-hidden />
        <span className="break-words">{state.label}</span>
      </p>
      {/* once done, the line above says what happened; otherwise the proposal itself */}
      {action.status === 'confirmed' && state.label !== 'Done' ? null : (
        <p className={cn('break-words', settled && 'text-muted-foreground')}>{action.summary}</p>
      )}
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
            <X aria-hidden /> {busy === 'reject' ? 'Cancelling…' : 'Cancel'}
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
