'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { failureMessage, notify } from '@/components/ui/notify';
import { apiFetch } from '@/lib/api-client';

/** Adds a bank account: a name, its currency, and optionally its IBAN (shown masked afterwards). */
export function BankAccountForm({ currency }: { currency: string }) {
  const router = useRouter();
  const ids = useId();
  const [name, setName] = useState('');
  const [code, setCode] = useState(currency);
  const [iban, setIban] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await apiFetch('/api/bank-accounts', { method: 'POST', body: { name, currency: code, ...(iban.trim() ? { iban } : {}) } });
      notify.success(`${name} added`);
      setName('');
      setIban('');
      router.refresh();
    } catch (error) {
      notify.error(failureMessage(error, 'The account could not be added.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="flex flex-wrap items-end gap-2" aria-label="Add a bank account">
      <div className="grid gap-1">
        <Label htmlFor={`${ids}-name`}>Account name</Label>
        <Input id={`${ids}-name`} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      </div>
      <div className="grid gap-1">
        <Label htmlFor={`${ids}-currency`}>Currency</Label>
        <Input id={`${ids}-currency`} className="w-24" value={code} onChange={(e) => setCode(e.target.value)} required maxLength={3} />
      </div>
      <div className="grid gap-1">
        <Label htmlFor={`${ids}-iban`}>IBAN (optional)</Label>
        <Input id={`${ids}-iban`} value={iban} onChange={(e) => setIban(e.target.value)} maxLength={42} />
      </div>
      <Button type="submit" variant="outline" disabled={busy || !name.trim()}>
        Add account
      </Button>
    </form>
  );
}
