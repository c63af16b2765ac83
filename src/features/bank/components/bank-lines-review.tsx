'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { failureMessage, notify } from '@/components/ui/notify';
import { NativeSelect } from '@/components/ui/select';
import { apiFetch } from '@/lib/api-client';
import type { BankLine } from '../schema';

/**
 * The review list: each line with its suggestion (invoice, confidence,
 * reasons) or what it became, and its actions. Keyboard: j / ↓ and k / ↑
 * move, a accepts the suggestion, u undoes a match or a booking, x selects.
 */

export interface InvoiceChoice {
  id: string;
  label: string;
}

interface Props {
  lines: (BankLine & { amount_label: string; date_label: string })[];
  invoices: InvoiceChoice[];
  categories: string[];
  writable: boolean;
}

export function BankLinesReview({ lines, invoices, categories, writable }: Props) {
  const router = useRouter();
  const ids = useId();
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [category, setCategory] = useState<Record<string, string>>({});
  const rowRefs = useRef<(HTMLLIElement | null)[]>([]);

  // one action at a time: `busy` reaches the key handler only after a render, a ref at once
  // (a second key press in between must not send the same change twice)
  const inFlight = useRef(false);
  const run = useCallback(
    async (what: string, call: () => Promise<unknown>, undo?: () => Promise<unknown>) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setBusy(true);
      try {
        await call();
        notify.success(what, undo ? { undo: async () => void (await undo(), router.refresh()) } : {});
        router.refresh();
      } catch (error) {
        notify.error(failureMessage(error, 'That did not work.'));
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [router],
  );

  const accept = useCallback(
    (line: BankLine, invoiceId?: string) => {
      const target = invoiceId ?? line.suggestion?.invoice_id;
      if (!target || line.amount.startsWith('-')) return;
      void run(
        'Payment recorded on the invoice',
        () => apiFetch(`/api/bank-lines/${line.id}/match`, { method: 'POST', body: { invoice_id: target } }),
        () => apiFetch(`/api/bank-lines/${line.id}/unmatch`, { method: 'POST' }),
      );
    },
    [run],
  );

  const undo = useCallback(
    (line: BankLine) => {
      if (line.status === 'matched') void run('Match undone', () => apiFetch(`/api/bank-lines/${line.id}/unmatch`, { method: 'POST' }));
      else if (line.status === 'booked')
        void run('Booking undone', () => apiFetch(`/api/bank-lines/${line.id}/unbook`, { method: 'POST' }));
      else if (line.status === 'ignored')
        void run('Back in the queue', () =>
          apiFetch('/api/bank-lines/bulk', { method: 'POST', body: { action: 'unignore', ids: [line.id] } }),
        );
    },
    [run],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) return;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      const line = lines[active];
      if (event.key === 'j' || event.key === 'ArrowDown') {
        event.preventDefault();
        setActive((i) => Math.min(lines.length - 1, i + 1));
      } else if (event.key === 'k' || event.key === 'ArrowUp') {
        event.preventDefault();
        setActive((i) => Math.max(0, i - 1));
      } else if (event.key === 'a' && line && writable && !busy) {
        accept(line);
      } else if (event.key === 'u' && line && writable && !busy) {
        undo(line);
      } else if (event.key === 'x' && line && writable) {
        setSelected((s) => {
          const next = new Set(s);
          if (next.has(line.id)) next.delete(line.id);
          else next.add(line.id);
          return next;
        });
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lines, active, writable, busy, accept, undo]);

  useEffect(() => {
    rowRefs.current[active]?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const acceptable = lines.filter((l) => selected.has(l.id) && l.suggestion && (l.status === 'suggested' || l.status === 'unmatched'));

  return (
    <div className="space-y-3">
      {writable ? (
        <div className="flex flex-wrap items-center gap-2">
          <Button
            type="button"
            variant="outline"
            disabled={busy || acceptable.length === 0}
            onClick={() =>
              void run(`${acceptable.length} ${acceptable.length === 1 ? 'payment' : 'payments'} recorded`, async () => {
                await apiFetch('/api/bank-lines/bulk', { method: 'POST', body: { action: 'accept', ids: acceptable.map((l) => l.id) } });
                setSelected(new Set());
              })
            }
          >
            Accept selected ({acceptable.length})
          </Button>
          <p className="text-xs text-muted-foreground">Keys: j/k or ↓/↑ move · a accept · u undo · x select</p>
        </div>
      ) : null}
      <ul className="divide-y rounded-md border" aria-label="Bank lines">
        {lines.map((line, index) => (
          <li
            key={line.id}
            ref={(el) => {
              rowRefs.current[index] = el;
            }}
            data-testid="bank-line"
            aria-current={index === active ? 'true' : undefined}
            onClick={() => setActive(index)}
            className={`grid gap-2 p-3 ${index === active ? 'bg-muted/60 ring-1 ring-primary/40' : ''}`}
          >
            <div className="flex flex-wrap items-center gap-3">
              {writable ? (
                <input
                  type="checkbox"
                  aria-label={`Select ${line.description}`}
                  checked={selected.has(line.id)}
                  onChange={(e) =>
                    setSelected((s) => {
                      const next = new Set(s);
                      if (e.target.checked) next.add(line.id);
                      else next.delete(line.id);
                      return next;
                    })
                  }
                />
              ) : null}
              <span className="w-24 text-sm text-muted-foreground tabular-nums">{line.date_label}</span>
              <span className="min-w-0 flex-1 truncate font-medium">
                {line.description}
                {line.counterparty ? <span className="font-normal text-muted-foreground"> · {line.counterparty}</span> : null}
                {line.reference ? <span className="font-normal text-muted-foreground"> · {line.reference}</span> : null}
              </span>
              <span className={`tabular-nums font-medium ${line.amount.startsWith('-') ? '' : 'text-emerald-700 dark:text-emerald-400'}`}>
                {line.amount_label}
              </span>
              <Badge>{line.status}</Badge>
            </div>
            {line.status === 'matched' ? (
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <span>
                  Paid invoice{' '}
                  <a className="underline" href={`/invoices/${line.invoice_id}`}>
                    {line.invoice_number}
                  </a>
                </span>
                {writable ? (
                  <Button type="button" size="sm" variant="ghost" disabled={busy} onClick={() => undo(line)}>
                    Undo
                  </Button>
                ) : null}
              </div>
            ) : line.status === 'booked' || line.status === 'ignored' ? (
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <span>{line.status === 'booked' ? `Booked as ${line.category ?? 'a transaction'}` : 'Ignored'}</span>
                {writable ? (
                  <Button type="button" size="sm" variant="ghost" disabled={busy} onClick={() => undo(line)}>
                    Undo
                  </Button>
                ) : null}
              </div>
            ) : (
              <div className="grid gap-2 text-sm">
                {line.suggestion ? (
                  <div data-testid="suggestion" className="flex flex-wrap items-start gap-2">
                    <span>
                      Suggested: invoice <strong>{line.suggestion.invoice_number}</strong> · {Math.round(line.suggestion.confidence * 100)}%
                      sure{line.suggestion.partial ? ' · partial payment' : ''}
                    </span>
                    <ul className="w-full list-disc pl-5 text-muted-foreground" aria-label="Reasons">
                      {line.suggestion.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {writable ? (
                  <div className="flex flex-wrap items-center gap-2">
                    {line.suggestion && !line.amount.startsWith('-') ? (
                      <Button type="button" size="sm" disabled={busy} onClick={() => accept(line)}>
                        Accept
                      </Button>
                    ) : null}
                    {!line.amount.startsWith('-') && invoices.length > 0 ? (
                      <>
                        <NativeSelect
                          aria-label={`Invoice for ${line.description}`}
                          value={chosen[line.id] ?? ''}
                          onChange={(e) => setChosen((c) => ({ ...c, [line.id]: e.target.value }))}
                        >
                          <option value="">Choose another invoice…</option>
                          {invoices.map((inv) => (
                            <option key={inv.id} value={inv.id}>
                              {inv.label}
                            </option>
                          ))}
                        </NativeSelect>
                        <Button
                          type="button"
                          size="sm"
                          variant="outline"
                          disabled={busy || !chosen[line.id]}
                          onClick={() => accept(line, chosen[line.id])}
                        >
                          Match
                        </Button>
                      </>
                    ) : null}
                    <Input
                      className="h-8 w-40"
                      list={`${ids}-categories`}
                      aria-label={`Category for ${line.description}`}
                      placeholder={line.category ?? 'Category'}
                      value={category[line.id] ?? ''}
                      onChange={(e) => setCategory((c) => ({ ...c, [line.id]: e.target.value }))}
                    />
                    <Button
                      type="button"
                      size="sm"
                      variant="outline"
                      disabled={busy || !(category[line.id] || line.category)}
                      onClick={() =>
                        void run(
                          line.amount.startsWith('-') ? 'Booked as an expense' : 'Booked as income',
                          () =>
                            apiFetch(`/api/bank-lines/${line.id}/book`, {
                              method: 'POST',
                              body: { category: category[line.id] || line.category },
                            }),
                          () => apiFetch(`/api/bank-lines/${line.id}/unbook`, { method: 'POST' }),
                        )
                      }
                    >
                      Book{line.amount.startsWith('-') ? ' as expense' : ''}
                    </Button>
                  </div>
                ) : null}
                {line.category && line.category_source !== 'booked' ? (
                  <p className="text-xs text-muted-foreground">
                    Category {line.category} ({line.category_source === 'rule' ? 'from a rule' : 'as booked before'})
                  </p>
                ) : null}
              </div>
            )}
          </li>
        ))}
      </ul>
      <datalist id={`${ids}-categories`}>
        {categories.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
    </div>
  );
}
