'use client';

import { AlertTriangle, CheckCircle2, Download, FileUp } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Label } from '@/components/ui/label';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { type ChosenFile, describeCounts, detailLines, readChosenFile } from './import-messages';
import { ExportFileProblem, readExportFile } from './read-export-file';

type Ready = Extract<ChosenFile, { ok: true }> & { name: string };

/**
 * Profile → Your data: download everything in the workspace as one ZIP, and
 * bring an export into the workspace while it is still empty (admins and the
 * owner; others are told who can).
 */
export function YourDataCard({ held, workspace, canMove }: { held: string | null; workspace: string; canMove: boolean }) {
  return (
    <Card id="your-data">
      <CardHeader>
        <CardTitle>Your data</CardTitle>
        <CardDescription>Take everything in {workspace} with you, or bring it here from another Ledgerly.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        {canMove ? null : (
          <p className="text-sm text-muted-foreground">
            Only the owner and admins of {workspace} can download everything or import an export. Ask one of them.
          </p>
        )}
        <section className="grid gap-2" aria-labelledby="download-everything">
          <h3 id="download-everything" className="text-sm font-medium">
            Download everything
          </h3>
          <p className="text-sm text-muted-foreground">
            One ZIP file with all the workspace’s contacts, notes, tasks, transactions and invoices: a PDF of every invoice, a spreadsheet
            file (CSV) for each list, and <span className="font-mono text-xs">data.json</span>, which holds everything (with the business
            settings and who the members are) and can be imported into another Ledgerly workspace.
          </p>
          {canMove ? (
            <div>
              <Button asChild variant="outline">
                <a href="/api/export" download>
                  <Download aria-hidden /> Download everything (ZIP)
                </a>
              </Button>
            </div>
          ) : null}
        </section>
        <section className="grid gap-2" aria-labelledby="import-export">
          <h3 id="import-export" className="text-sm font-medium">
            Import from a Ledgerly export
          </h3>
          {held ? (
            <p className="text-sm text-muted-foreground">
              An export can only be imported into an empty workspace, and {workspace} already has {held}. To move an export here, create a
              new workspace and import it there.
            </p>
          ) : canMove ? (
            <ImportForm />
          ) : null}
        </section>
      </CardContent>
    </Card>
  );
}

function ImportForm() {
  const router = useRouter();
  const [ready, setReady] = React.useState<Ready>();
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<{ message: string; details: string[] }>();
  const [done, setDone] = React.useState<string>();

  async function choose(file: File) {
    setError(undefined);
    setReady(undefined);
    setPending(true);
    try {
      const chosen = readChosenFile(await readExportFile(file));
      if (chosen.ok) setReady({ ...chosen, name: file.name });
      else setError({ message: chosen.problem, details: [] });
    } catch (e) {
      setError({
        message:
          e instanceof ExportFileProblem
            ? e.message
            : 'This file could not be read. Choose the ZIP you downloaded, or the data.json inside it.',
        details: [],
      });
    } finally {
      setPending(false);
    }
  }

  async function importFile() {
    if (!ready) return;
    setPending(true);
    setError(undefined);
    try {
      const { data } = await apiFetch<{ data: Record<string, number> }>('/api/import', { method: 'POST', body: ready.body });
      setDone(describeCounts(data));
      setReady(undefined);
      router.refresh();
    } catch (e) {
      setError(
        e instanceof ApiClientError
          ? { message: e.message, details: detailLines(e.details) }
          : { message: 'The import did not finish; nothing was imported. Try again.', details: [] },
      );
    } finally {
      setPending(false);
    }
  }

  if (done) {
    return (
      <p className="flex items-start gap-2 text-sm" role="status">
        <CheckCircle2 className="mt-0.5 size-4 shrink-0 text-green-700" aria-hidden />
        <span>Imported {done}.</span>
      </p>
    );
  }

  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted-foreground">
        This workspace is empty, so you can bring everything from another Ledgerly here: choose the ZIP that “Download everything” gave you
        there (or the data.json inside it). The business settings and logo come along; the members do not (invite them here), and you become
        the creator of every imported record.
      </p>
      <Label
        htmlFor="import-export-file"
        className="flex cursor-pointer items-center gap-2 rounded-lg border-2 border-dashed p-4 text-sm hover:bg-muted has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
      >
        <FileUp className="size-5 text-muted-foreground" aria-hidden />
        <span className="font-medium">{ready ? ready.name : pending ? 'Reading the file…' : 'Choose the export (ZIP or data.json)'}</span>
        <input
          id="import-export-file"
          type="file"
          accept=".zip,.json,application/zip,application/json"
          className="sr-only"
          disabled={pending}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void choose(file);
          }}
        />
      </Label>

      {ready ? (
        <div className="grid gap-2 rounded-lg border p-4 text-sm">
          <p>
            This export{ready.exportedAt ? ` from ${ready.exportedAt.toLocaleString()}` : ''} holds {ready.summary}. Importing adds it all
            to this workspace, in one go: if anything in it is wrong, nothing is imported.
            {ready.members > 1 ? ` Its ${ready.members} members are not imported: invite the people who should work here.` : ''}
          </p>
          <div className="flex gap-2">
            <Button onClick={importFile} disabled={pending}>
              {pending ? 'Importing…' : 'Import'}
            </Button>
            <Button variant="outline" onClick={() => setReady(undefined)} disabled={pending}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}

      {error ? (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
          <p className="flex items-center gap-2 font-medium">
            <AlertTriangle className="size-4 shrink-0" aria-hidden /> {error.message}
          </p>
          {error.details.length > 0 ? (
            <ul className="mt-2 list-disc space-y-0.5 pl-5">
              {error.details.slice(0, 20).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
