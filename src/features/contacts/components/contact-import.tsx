'use client';

import { AlertTriangle, CheckCircle2, FileUp, Upload } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/select';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { cn } from '@/lib/utils';
import { type DuplicateMode, IMPORT_MAX_BYTES, IMPORT_TARGETS, type ImportAction, type ImportReport, type ImportTarget } from '../schema';

const TARGET_LABELS: Record<ImportTarget, string> = {
  first_name: 'First name',
  last_name: 'Last name',
  full_name: 'Full name (split)',
  email: 'Email',
  phone: 'Phone',
  company: 'Company',
  position: 'Position',
  address: 'Address (joins several)',
  notes: 'Notes (joins several)',
  status: 'Status',
};

const ACTION_BADGE: Record<ImportAction, { tone: 'green' | 'blue' | 'neutral' | 'red'; label: string }> = {
  create: { tone: 'green', label: 'New' },
  update: { tone: 'blue', label: 'Updates existing' },
  skip: { tone: 'neutral', label: 'Skipped: duplicate' },
  error: { tone: 'red', label: 'Has a problem' },
};

const PREVIEW_FIELDS: ImportTarget[] = ['first_name', 'last_name', 'full_name', 'email', 'phone', 'company', 'status'];

/**
 * Import contacts from a CSV file: choose the file, check how its columns are
 * read (guessed from the headers; change any), see duplicates and problems,
 * then import everything at once. Nothing is written until "Import".
 */
export function ContactImport() {
  const router = useRouter();
  const [fileName, setFileName] = React.useState<string>();
  const [csv, setCsv] = React.useState<string>();
  const [report, setReport] = React.useState<ImportReport>();
  const [mapping, setMapping] = React.useState<(ImportTarget | null)[]>();
  const [duplicates, setDuplicates] = React.useState<DuplicateMode>('skip');
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<{ message: string; details: string[] }>();
  const [done, setDone] = React.useState<ImportReport>();

  async function preview(text: string, nextMapping?: (ImportTarget | null)[], mode: DuplicateMode = duplicates) {
    setPending(true);
    setError(undefined);
    try {
      const { data } = await apiFetch<{ data: ImportReport }>('/api/contacts/import', {
        method: 'POST',
        body: { csv: text, ...(nextMapping ? { mapping: nextMapping } : {}), duplicates: mode, dry_run: true },
      });
      setReport(data);
      setMapping(data.mapping);
    } catch (e) {
      setReport(undefined);
      setError(
        e instanceof ApiClientError
          ? { message: e.message, details: Object.values(e.details).flat() }
          : { message: 'Could not read the file.', details: [] },
      );
    } finally {
      setPending(false);
    }
  }

  async function commit() {
    if (!csv || !mapping) return;
    setPending(true);
    setError(undefined);
    try {
      const { data } = await apiFetch<{ data: ImportReport }>('/api/contacts/import', {
        method: 'POST',
        body: { csv, mapping, duplicates, dry_run: false },
      });
      setDone(data);
      router.refresh();
    } catch (e) {
      setError(
        e instanceof ApiClientError
          ? { message: e.message, details: Object.entries(e.details).map(([k, v]) => `${k}: ${v.join(', ')}`) }
          : { message: 'The import failed; nothing was imported.', details: [] },
      );
    } finally {
      setPending(false);
    }
  }

  if (done) {
    return (
      <Card>
        <CardContent className="flex flex-col items-start gap-3 pt-5 sm:pt-5">
          <p className="flex items-center gap-2 font-medium" role="status">
            <CheckCircle2 className="size-5 text-green-700" aria-hidden />
            Imported: {done.create} new, {done.update} updated, {done.skip} skipped.
          </p>
          <div className="flex gap-2">
            <Button asChild>
              <Link href="/contacts">See your contacts</Link>
            </Button>
            <Button
              variant="outline"
              onClick={() => {
                setDone(undefined);
                setReport(undefined);
                setCsv(undefined);
                setFileName(undefined);
              }}
            >
              Import another file
            </Button>
          </div>
        </CardContent>
      </Card>
    );
  }

  return (
    <div className="grid gap-4">
      <Card>
        <CardHeader>
          <CardTitle>1. Choose a file</CardTitle>
          <CardDescription>
            A CSV export from Google Contacts, HubSpot, a spreadsheet or Ledgerly itself, with a header row. Up to 20 000 rows.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <Label
            htmlFor="import-file"
            className="flex cursor-pointer flex-col items-center gap-2 rounded-lg border-2 border-dashed p-6 text-center hover:bg-muted has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
          >
            <FileUp className="size-6 text-muted-foreground" aria-hidden />
            <span className="font-medium">{fileName ?? 'Choose a CSV file'}</span>
            <span className="text-xs font-normal text-muted-foreground">
              {fileName ? 'Choose another file' : '.csv, comma, semicolon or tab separated'}
            </span>
            <input
              id="import-file"
              type="file"
              accept=".csv,text/csv,text/plain"
              className="sr-only"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (!file) return;
                setFileName(file.name);
                setReport(undefined);
                if (file.size > IMPORT_MAX_BYTES) {
                  setError({
                    message: `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB; split it and import the parts.`,
                    details: [],
                  });
                  return;
                }
                const text = await file.text();
                setCsv(text);
                await preview(text);
              }}
            />
          </Label>
        </CardContent>
      </Card>

      {error ? (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
          <p className="flex items-center gap-2 font-medium">
            <AlertTriangle className="size-4" aria-hidden /> {error.message}
          </p>
          {error.details.length > 0 ? (
            <ul className="mt-2 list-disc space-y-0.5 pl-5">
              {error.details.slice(0, 20).map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      {report && mapping && csv ? (
        <>
          <Card>
            <CardHeader>
              <CardTitle>2. Check the columns</CardTitle>
              <CardDescription>
                {report.guessed ? 'We guessed what each column holds from its header. ' : ''}Change any that are wrong; “Don’t import”
                leaves a column out.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {report.headers.map((header, i) => (
                  <div key={`${header}-${i}`} className="grid min-w-0 gap-1 rounded-md border p-2.5">
                    <Label htmlFor={`map-${i}`} className="truncate">
                      {header || `Column ${i + 1}`}
                    </Label>
                    <p className="truncate text-xs text-muted-foreground" title={report.examples[i]}>
                      {report.examples[i] ? `e.g. ${report.examples[i]}` : 'empty in the first rows'}
                    </p>
                    <NativeSelect
                      id={`map-${i}`}
                      value={mapping[i] ?? ''}
                      disabled={pending}
                      onChange={async (e) => {
                        const next = [...mapping];
                        next[i] = (e.target.value || null) as ImportTarget | null;
                        setMapping(next);
                        await preview(csv, next);
                      }}
                    >
                      <option value="">Don’t import</option>
                      {IMPORT_TARGETS.map((t) => (
                        <option key={t} value={t}>
                          {TARGET_LABELS[t]}
                        </option>
                      ))}
                    </NativeSelect>
                  </div>
                ))}
              </div>
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>3. Preview</CardTitle>
              <CardDescription data-testid="import-summary">
                {report.rows} rows: {report.create} new, {report.update} to update, {report.skip} skipped as duplicates
                {report.error_rows > 0 ? `, ${report.error_rows} with problems` : ''}.
              </CardDescription>
            </CardHeader>
            <CardContent className="grid gap-4">
              <div className="grid gap-1.5 sm:max-w-sm">
                <Label htmlFor="duplicates-mode">When an email is already in your contacts (or earlier in the file)</Label>
                <NativeSelect
                  id="duplicates-mode"
                  value={duplicates}
                  disabled={pending}
                  onChange={async (e) => {
                    const mode = e.target.value as DuplicateMode;
                    setDuplicates(mode);
                    await preview(csv, mapping, mode);
                  }}
                >
                  <option value="skip">Skip the row</option>
                  <option value="update">Update the existing contact</option>
                  <option value="create">Import it anyway</option>
                </NativeSelect>
              </div>

              {report.errors.length > 0 ? (
                <div className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900" data-testid="import-errors">
                  <p className="font-medium">
                    {report.error_rows} row{report.error_rows === 1 ? '' : 's'} cannot be imported. Fix them in the file, or change the
                    columns above; nothing is imported while any row has a problem.
                  </p>
                  <ul className="mt-2 list-disc space-y-0.5 pl-5">
                    {report.errors.slice(0, 10).map((e) => (
                      <li key={`${e.row}-${e.field}-${e.message}`}>
                        Row {e.row}, {e.field}: {e.message}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}

              {report.duplicate_count > 0 ? (
                <p className="text-sm text-muted-foreground">
                  {report.duplicate_count} duplicate{report.duplicate_count === 1 ? '' : 's'} by email (
                  {report.duplicates.filter((d) => d.source === 'existing').length} already in your contacts,{' '}
                  {report.duplicates.filter((d) => d.source === 'file').length} repeated in the file).
                </p>
              ) : null}

              <div className="max-w-full overflow-x-auto rounded-md border">
                <Table>
                  <TableHeader>
                    <TableRow className="hover:bg-transparent">
                      <TableHead className="w-12">Row</TableHead>
                      <TableHead>What happens</TableHead>
                      {PREVIEW_FIELDS.filter((f) => mapping.includes(f)).map((f) => (
                        <TableHead key={f}>{TARGET_LABELS[f].replace(/ \(.*\)$/, '')}</TableHead>
                      ))}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {report.sample.map((row) => (
                      <TableRow key={row.row}>
                        <TableCell className="tabular text-muted-foreground">{row.row}</TableCell>
                        <TableCell>
                          <Badge tone={ACTION_BADGE[row.action].tone}>{ACTION_BADGE[row.action].label}</Badge>
                        </TableCell>
                        {PREVIEW_FIELDS.filter((f) => mapping.includes(f)).map((f) => (
                          <TableCell key={f} className="max-w-48 truncate">
                            {row.values[f] ?? ''}
                          </TableCell>
                        ))}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
              {report.rows > report.sample.length ? (
                <p className="text-xs text-muted-foreground">
                  The first {report.sample.length} of {report.rows} rows.
                </p>
              ) : null}

              <div className={cn('flex flex-wrap items-center gap-3')}>
                <Button onClick={commit} disabled={pending || report.error_rows > 0 || report.create + report.update === 0}>
                  <Upload aria-hidden />
                  {pending
                    ? 'Working…'
                    : `Import ${report.create + report.update} contact${report.create + report.update === 1 ? '' : 's'}`}
                </Button>
                <span className="text-xs text-muted-foreground">All rows are imported together, or none.</span>
              </div>
            </CardContent>
          </Card>
        </>
      ) : null}
    </div>
  );
}
