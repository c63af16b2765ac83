'use client';

import { Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { failureMessage, notify } from '@/components/ui/notify';
import { NativeSelect } from '@/components/ui/select';
import { apiFetch } from '@/lib/api-client';
import { AUTO_ACCEPT_CHOICES, AUTO_ACCEPT_DEFAULT, RULE_FIELDS, RULE_MATCHES } from '../schema';

/** Confidence thresholds offered for automatic acceptance (the matcher's default first). */
const THRESHOLDS = AUTO_ACCEPT_CHOICES.map(
  (v) => [v.toFixed(2), `${Math.round(v * 100)} %${v === AUTO_ACCEPT_DEFAULT ? ' (recommended)' : ''}`] as const,
);
const DEFAULT_THRESHOLD = AUTO_ACCEPT_DEFAULT.toFixed(2);

/**
 * Automatic acceptance of one account's suggestions on import: off by
 * default; on, every suggestion at or above the threshold is recorded as the
 * invoice's payment when the statement is imported (and can be undone).
 */
export function AutoAccept({
  account,
}: {
  account: { id: string; name: string; auto_accept: boolean; auto_accept_threshold: number | null };
}) {
  const router = useRouter();
  const ids = useId();
  const [busy, setBusy] = useState(false);
  // shown at once, put back if the server refuses
  const [on, setOn] = useState(account.auto_accept);
  const saved = (account.auto_accept_threshold ?? AUTO_ACCEPT_DEFAULT).toFixed(2);
  const [threshold, setThreshold] = useState<string>(THRESHOLDS.some(([v]) => v === saved) ? saved : DEFAULT_THRESHOLD);

  async function save(body: { auto_accept?: boolean; auto_accept_threshold?: string }, done: string, undo: () => void) {
    setBusy(true);
    try {
      await apiFetch(`/api/bank-accounts/${account.id}`, { method: 'PUT', body });
      notify.success(done);
      router.refresh();
    } catch (error) {
      undo();
      notify.error(failureMessage(error, 'The setting could not be saved.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          className="size-4"
          checked={on}
          disabled={busy}
          onChange={(e) => {
            const next = e.target.checked;
            setOn(next);
            void save(
              { auto_accept: next },
              next ? `Sure matches on ${account.name} are now accepted on import` : `Matches on ${account.name} now wait for you`,
              () => setOn(!next),
            );
          }}
        />
        Accept sure matches automatically
      </label>
      {on ? (
        <>
          <Label htmlFor={`${ids}-threshold`} className="sr-only">
            Confidence from which matches on {account.name} are accepted
          </Label>
          <NativeSelect
            id={`${ids}-threshold`}
            value={threshold}
            disabled={busy}
            onChange={(e) => {
              const before = threshold;
              setThreshold(e.target.value);
              void save({ auto_accept_threshold: e.target.value }, 'Threshold saved', () => setThreshold(before));
            }}
          >
            {THRESHOLDS.map(([value, label]) => (
              <option key={value} value={value}>
                from {label}
              </option>
            ))}
          </NativeSelect>
        </>
      ) : null}
    </div>
  );
}

interface Rule {
  id: string;
  pattern: string;
  match: (typeof RULE_MATCHES)[number];
  field: (typeof RULE_FIELDS)[number];
  category: string;
  type: 'income' | 'expense';
}

const MATCH_LABEL: Record<Rule['match'], string> = { contains: 'contains', equals: 'is', starts_with: 'starts with' };
const FIELD_LABEL: Record<Rule['field'], string> = { description: 'Text', counterparty: 'Payee or payer' };

/** Category rules: "text contains X → category Y", applied first when outgoing lines are booked, before what was learned. */
export function BankRules({ rules, categories, writable }: { rules: Rule[]; categories: string[]; writable: boolean }) {
  const router = useRouter();
  const ids = useId();
  const [pattern, setPattern] = useState('');
  const [field, setField] = useState<Rule['field']>('description');
  const [match, setMatch] = useState<Rule['match']>('contains');
  const [category, setCategory] = useState('');
  const [type, setType] = useState<Rule['type']>('expense');
  const [busy, setBusy] = useState(false);

  async function add(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await apiFetch('/api/bank-rules', { method: 'POST', body: { pattern, field, match, category, type } });
      notify.success(`Rule added: ${FIELD_LABEL[field].toLowerCase()} ${MATCH_LABEL[match]} “${pattern}” → ${category}`);
      setPattern('');
      setCategory('');
      router.refresh();
    } catch (error) {
      notify.error(failureMessage(error, 'The rule could not be added.'));
    } finally {
      setBusy(false);
    }
  }

  async function remove(rule: Rule) {
    setBusy(true);
    try {
      await apiFetch(`/api/bank-rules/${rule.id}`, { method: 'DELETE' });
      notify.success(`Rule “${rule.pattern}” removed`);
      router.refresh();
    } catch (error) {
      notify.error(failureMessage(error, 'The rule could not be removed.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="grid gap-4">
      {rules.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          No rules yet: categories are learned from the lines you book. A rule always wins over what was learned.
        </p>
      ) : (
        <ul className="grid gap-1 text-sm" aria-label="Category rules">
          {rules.map((rule) => (
            <li key={rule.id} className="flex flex-wrap items-center gap-2">
              <span>
                {FIELD_LABEL[rule.field]} {MATCH_LABEL[rule.match]} “{rule.pattern}” → <strong>{rule.category}</strong> ({rule.type})
              </span>
              {writable ? (
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  disabled={busy}
                  aria-label={`Remove the rule ${rule.pattern}`}
                  onClick={() => void remove(rule)}
                >
                  <Trash2 aria-hidden />
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {writable ? (
        <form onSubmit={(e) => void add(e)} className="flex flex-wrap items-end gap-2" aria-label="Add a category rule">
          <div className="grid gap-1">
            <Label htmlFor={`${ids}-field`}>When</Label>
            <NativeSelect id={`${ids}-field`} value={field} onChange={(e) => setField(e.target.value as Rule['field'])}>
              {RULE_FIELDS.map((f) => (
                <option key={f} value={f}>
                  {FIELD_LABEL[f]}
                </option>
              ))}
            </NativeSelect>
          </div>
          <div className="grid gap-1">
            <Label htmlFor={`${ids}-match`}>Matches</Label>
            <NativeSelect id={`${ids}-match`} value={match} onChange={(e) => setMatch(e.target.value as Rule['match'])}>
              {RULE_MATCHES.map((m) => (
                <option key={m} value={m}>
                  {MATCH_LABEL[m]}
                </option>
              ))}
            </NativeSelect>
          </div>
          <div className="grid gap-1">
            <Label htmlFor={`${ids}-pattern`}>Words</Label>
            <Input id={`${ids}-pattern`} value={pattern} onChange={(e) => setPattern(e.target.value)} required maxLength={200} />
          </div>
          <div className="grid gap-1">
            <Label htmlFor={`${ids}-category`}>Category</Label>
            <Input
              id={`${ids}-category`}
              list={`${ids}-categories`}
              value={category}
              onChange={(e) => setCategory(e.target.value)}
              required
              maxLength={100}
            />
            <datalist id={`${ids}-categories`}>
              {categories.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
          </div>
          <div className="grid gap-1">
            <Label htmlFor={`${ids}-type`}>Booked as</Label>
            <NativeSelect id={`${ids}-type`} value={type} onChange={(e) => setType(e.target.value as Rule['type'])}>
              <option value="expense">expense</option>
              <option value="income">income</option>
            </NativeSelect>
          </div>
          <Button type="submit" variant="outline" disabled={busy || !pattern.trim() || !category.trim()}>
            Add rule
          </Button>
        </form>
      ) : null}
    </div>
  );
}
