'use client';

import { Upload } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { failureMessage, notify } from '@/components/ui/notify';
import { NativeSelect } from '@/components/ui/select';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { ApiClientError } from '@/lib/api-client';

/**
 * Drop a statement file (or choose it), see the CSV's first rows with the
 * columns the server will read, override any of them, import. The file goes
 * to the server as it is: the server decodes and parses it.
 */

const ROLES = [
  ['date', 'Date'],
  ['amount', 'Amount'],
  ['debit', 'Debit (money out)'],
  ['credit', 'Credit (money in)'],
  ['description', 'Description'],
  ['counterparty', 'Counterparty'],
  ['reference', 'Reference'],
] as const;
type Role = (typeof ROLES)[number][0];

interface Account {
  id: string;
  name: string;
  csv_mapping: Record<string, string> | null;
}

interface ImportAnswer {
  data: { lines: number; new: number; duplicates: number; suggestions: number };
}

function contentTypeOf(name: string): string {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'text/csv';
  if (lower.endsWith('.ofx') || lower.endsWith('.qfx')) return 'application/x-ofx';
  if (lower.endsWith('.xml') || lower.endsWith('.camt') || lower.endsWith('.053')) return 'application/xml';
  return 'application/octet-stream';
}

/** The start of the file as text for the preview: UTF-16 by its BOM, UTF-8 when it is valid, else Windows-1252 (as banks export). */
function previewText(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The first rows of a CSV, for the preview only (the server reads the file itself). */
function previewRows(text: string): string[][] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 6);
  const first = lines[0] ?? '';
  const delimiter = [';', '\t', ',', '|'].reduce((best, d) => (first.split(d).length > first.split(best).length ? d : best), ',');
  return lines.map((line) => line.split(delimiter).map((cell) => cell.replace(/^"|"$/g, '').trim()));
}

export function StatementImport({ accounts }: { accounts: Account[] }) {
  const router = useRouter();
  const ids = useId();
  const [accountId, setAccountId] = useState(accounts[0]?.id ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [rows, setRows] = useState<string[][]>([]);
  const [mapping, setMapping] = useState<Partial<Record<Role, string>>>({});
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const account = accounts.find((a) => a.id === accountId);
  const isCsv = file !== null && contentTypeOf(file.name) === 'text/csv';

  async function choose(chosen: File | null) {
    setFile(chosen);
    setResult(null);
    setProblem(null);
    setMapping({});
    if (chosen && contentTypeOf(chosen.name) === 'text/csv')
      setRows(previewRows(previewText(await chosen.slice(0, 64 * 1024).arrayBuffer())));
    else setRows([]);
  }

  async function upload() {
    if (!file || !accountId) return;
    setBusy(true);
    setProblem(null);
    const params = new URLSearchParams(Object.entries(mapping).filter((e): e is [string, string] => Boolean(e[1])));
    try {
      const response = await fetch(`/api/bank-accounts/${accountId}/statements${params.size > 0 ? `?${params}` : ''}`, {
        method: 'POST',
        headers: { 'Content-Type': contentTypeOf(file.name) },
        body: file,
        credentials: 'same-origin',
      });
      const payload = (await response.json().catch(() => null)) as
        (ImportAnswer & { error?: undefined }) | { error: { code: string; message: string; details?: Record<string, string[]> } } | null;
      if (!response.ok || !payload || payload.error) {
        const error = payload?.error;
        throw new ApiClientError(response.status, error?.code ?? 'unknown_error', error?.message ?? 'The statement could not be imported.');
      }
      const { lines, new: added, duplicates, suggestions } = payload.data;
      const sentence = `${lines} ${lines === 1 ? 'line' : 'lines'}: ${added} new, ${duplicates} already imported, ${suggestions} with a suggested invoice.`;
      setResult(sentence);
      notify.success('Statement imported', { description: sentence });
      router.refresh();
    } catch (error) {
      setProblem(failureMessage(error, 'The statement could not be imported.'));
    } finally {
      setBusy(false);
    }
  }

  const header = rows[0] ?? [];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid gap-1">
          <Label htmlFor={`${ids}-account`}>Account</Label>
          <NativeSelect id={`${ids}-account`} value={accountId} onChange={(e) => setAccountId(e.target.value)}>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </NativeSelect>
        </div>
        <label
          htmlFor={`${ids}-file`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void choose(e.dataTransfer.files[0] ?? null);
          }}
          className={`flex min-h-16 flex-1 cursor-pointer items-center justify-center gap-2 rounded-md border border-dashed px-4 text-sm text-muted-foreground ${dragging ? 'border-primary bg-muted' : ''}`}
        >
          <Upload className="size-4" aria-hidden />
          {file ? file.name : 'Drop a statement here (CSV, OFX/QFX, CAMT.053) or choose a file'}
          <input
            id={`${ids}-file`}
            type="file"
            accept=".csv,.txt,.ofx,.qfx,.xml,.053,text/csv,application/xml,application/x-ofx"
            className="sr-only"
            aria-label="Statement file"
            onChange={(e) => void choose(e.target.files?.[0] ?? null)}
          />
        </label>
        <Button type="button" onClick={() => void upload()} disabled={!file || !accountId || busy}>
          {busy ? 'Importing…' : 'Import'}
        </Button>
      </div>
      {isCsv && header.length > 0 ? (
        <div className="space-y-3" aria-label="CSV preview">
          <p className="text-sm text-muted-foreground">
            Columns are recognised from the header{account?.csv_mapping ? ' (or this account’s saved mapping)' : ''}; choose a column to
            override.
          </p>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {ROLES.map(([role, label]) => (
              <div key={role} className="grid gap-1">
                <Label htmlFor={`${ids}-${role}`}>{label}</Label>
                <NativeSelect
                  id={`${ids}-${role}`}
                  value={mapping[role] ?? ''}
                  onChange={(e) => setMapping((m) => ({ ...m, [role]: e.target.value || undefined }))}
                >
                  <option value="">{account?.csv_mapping?.[role] ? `Saved: ${account.csv_mapping[role]}` : 'Recognise'}</option>
                  {header.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </NativeSelect>
              </div>
            ))}
          </div>
          <div className="overflow-x-auto">
            <Table>
              <TableHeader>
                <TableRow>
                  {header.map((h, i) => (
                    <TableHead key={i}>{h}</TableHead>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.slice(1).map((row, i) => (
                  <TableRow key={i}>
                    {row.map((cell, j) => (
                      <TableCell key={j} className="whitespace-nowrap">
                        {cell}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </div>
      ) : null}
      {result ? (
        <p role="status" className="text-sm" data-testid="import-result">
          {result}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="text-sm text-destructive">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
