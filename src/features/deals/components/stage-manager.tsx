'use client';

import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from '@/components/ui/alert-dialog';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { notify } from '@/components/ui/notify';
import { NativeSelect } from '@/components/ui/select';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { STAGE_KINDS, type DealStage, type StageKind } from '../schema';

const KIND_LABELS: Record<StageKind, string> = { open: 'Open', won: 'Won', lost: 'Lost' };

function problem(error: unknown, fallback: string): string {
  return error instanceof Error ? error.message : fallback;
}

/** Reads a whole percentage 0..100, else null. */
function readProbability(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n <= 100 ? n : null;
}

/**
 * The pipeline's stages in order. Admins and the owner rename them, set the
 * probability and kind, move them up and down, add and delete them (a stage
 * that still has deals hands them to another stage); everyone else reads them.
 */
export function StageManager({ stages, counts, admin }: { stages: DealStage[]; counts: Record<string, number>; admin: boolean }) {
  if (!admin) {
    return (
      <Card>
        <CardContent className="pt-6">
          <ol className="space-y-2 text-sm" aria-label="Stages">
            {stages.map((s) => (
              <li key={s.id} className="flex items-center gap-2">
                <span className="font-medium">{s.name}</span>
                <span className="text-muted-foreground">{s.probability}%</span>
                {s.kind !== 'open' ? <Badge tone={s.kind === 'won' ? 'green' : 'red'}>{KIND_LABELS[s.kind]}</Badge> : null}
                <span className="text-muted-foreground">· {counts[s.id] ?? 0} deals</span>
              </li>
            ))}
          </ol>
        </CardContent>
      </Card>
    );
  }
  return (
    <div className="space-y-5">
      <Card>
        <CardContent className="pt-6">
          <Table aria-label="Stages">
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Probability (%)</TableHead>
                <TableHead>Kind</TableHead>
                <TableHead className="text-right">Deals</TableHead>
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {stages.map((s, index) => (
                <StageRow key={`${s.id}-${s.updated_at.toString()}`} stage={s} index={index} stages={stages} counts={counts} />
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <AddStage />
    </div>
  );
}

function StageRow({
  stage,
  index,
  stages,
  counts,
}: {
  stage: DealStage;
  index: number;
  stages: DealStage[];
  counts: Record<string, number>;
}) {
  const router = useRouter();
  const [name, setName] = React.useState(stage.name);
  const [probability, setProbability] = React.useState(String(stage.probability));
  const [kind, setKind] = React.useState<StageKind>(stage.kind);
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const changed = name !== stage.name || probability !== String(stage.probability) || kind !== stage.kind;
  const label = stage.name;

  async function save() {
    const chance = readProbability(probability);
    if (chance === null) {
      setError('The probability must be a whole number from 0 to 100.');
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      await apiFetch(`/api/deal-stages/${stage.id}`, { method: 'PUT', body: { name: name.trim(), probability: chance, kind } });
      notify.success('Stage saved', { description: name.trim() });
      router.refresh();
    } catch (e) {
      setError(problem(e, 'The stage could not be saved.'));
    } finally {
      setPending(false);
    }
  }

  async function move(position: number) {
    setPending(true);
    setError(undefined);
    try {
      await apiFetch(`/api/deal-stages/${stage.id}`, { method: 'PUT', body: { position } });
      router.refresh();
    } catch (e) {
      setError(problem(e, 'The stage could not be moved.'));
    } finally {
      setPending(false);
    }
  }

  return (
    <TableRow data-testid="stage-row">
      <TableCell>
        <Input aria-label={`Name of ${label}`} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} required />
        {error ? (
          <p role="alert" className="mt-1 text-xs text-destructive">
            {error}
          </p>
        ) : null}
      </TableCell>
      <TableCell>
        <Input
          aria-label={`Probability of ${label} (%)`}
          value={probability}
          onChange={(e) => setProbability(e.target.value)}
          inputMode="numeric"
          className="w-20 text-right tabular-nums"
        />
      </TableCell>
      <TableCell>
        <NativeSelect aria-label={`Kind of ${label}`} value={kind} onChange={(e) => setKind(e.target.value as StageKind)}>
          {STAGE_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </NativeSelect>
      </TableCell>
      <TableCell className="text-right tabular-nums">{counts[stage.id] ?? 0}</TableCell>
      <TableCell>
        <div className="flex items-center justify-end gap-1">
          <Button size="sm" onClick={save} disabled={pending || !changed || name.trim() === ''}>
            Save
          </Button>
          <Button
            size="icon"
            variant="ghost"
            aria-label={`Move ${label} up`}
            disabled={pending || index === 0}
            onClick={() => move(index - 1)}
          >
            <ArrowUp aria-hidden />
          </Button>
          <Button
            size="icon"
            variant="ghost"
            aria-label={`Move ${label} down`}
            disabled={pending || index === stages.length - 1}
            onClick={() => move(index + 1)}
          >
            <ArrowDown aria-hidden />
          </Button>
          <DeleteStage stage={stage} stages={stages} count={counts[stage.id] ?? 0} />
        </div>
      </TableCell>
    </TableRow>
  );
}

function DeleteStage({ stage, stages, count }: { stage: DealStage; stages: DealStage[]; count: number }) {
  const router = useRouter();
  const targets = stages.filter((s) => s.id !== stage.id && s.kind !== 'lost');
  const [open, setOpen] = React.useState(false);
  const [moveTo, setMoveTo] = React.useState(targets[0]?.id ?? '');
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();

  async function onDelete() {
    setPending(true);
    setError(undefined);
    try {
      const query = count > 0 && moveTo ? `?move_to=${encodeURIComponent(moveTo)}` : '';
      await apiFetch(`/api/deal-stages/${stage.id}${query}`, { method: 'DELETE' });
      setOpen(false);
      notify.success(`${stage.name} deleted`);
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiClientError ? e.message : 'Could not delete the stage.');
    } finally {
      setPending(false);
    }
  }

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setError(undefined);
      }}
    >
      <AlertDialogTrigger asChild>
        <Button size="icon" variant="ghost" className="text-destructive hover:text-destructive" aria-label={`Delete ${stage.name}`}>
          <Trash2 aria-hidden />
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete the stage {stage.name}?</AlertDialogTitle>
          <AlertDialogDescription>
            {count > 0
              ? `It still has ${count} ${count === 1 ? 'deal' : 'deals'}: choose the stage they move to (at its bottom, in their order).`
              : 'It has no deals; the other stages keep their order.'}
          </AlertDialogDescription>
        </AlertDialogHeader>
        {count > 0 ? (
          <div className="grid gap-1.5">
            <Label htmlFor={`move-to-${stage.id}`}>Move its deals to</Label>
            <NativeSelect id={`move-to-${stage.id}`} value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
              {targets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </NativeSelect>
          </div>
        ) : null}
        {error ? (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        ) : null}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <Button variant="destructive" onClick={onDelete} disabled={pending || (count > 0 && !moveTo)}>
            {pending ? 'Deleting…' : 'Delete stage'}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

function AddStage() {
  const router = useRouter();
  const [name, setName] = React.useState('');
  const [probability, setProbability] = React.useState('');
  const [kind, setKind] = React.useState<StageKind>('open');
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const chance = probability.trim() === '' ? undefined : readProbability(probability);
    if (chance === null) {
      setError('The probability must be a whole number from 0 to 100.');
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      await apiFetch('/api/deal-stages', {
        method: 'POST',
        body: { name: name.trim(), kind, ...(chance === undefined ? {} : { probability: chance }) },
      });
      notify.success('Stage added', { description: name.trim() });
      setName('');
      setProbability('');
      setKind('open');
      router.refresh();
    } catch (e) {
      setError(problem(e, 'The stage could not be added.'));
    } finally {
      setPending(false);
    }
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Add a stage</CardTitle>
      </CardHeader>
      <CardContent>
        <form onSubmit={submit} className="flex flex-wrap items-end gap-3" aria-label="Add a stage">
          <div className="grid gap-1.5">
            <Label htmlFor="new-stage-name">Name</Label>
            <Input id="new-stage-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} required />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="new-stage-probability">Probability (%)</Label>
            <Input
              id="new-stage-probability"
              value={probability}
              onChange={(e) => setProbability(e.target.value)}
              inputMode="numeric"
              className="w-24 text-right tabular-nums"
            />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="new-stage-kind">Kind</Label>
            <NativeSelect id="new-stage-kind" value={kind} onChange={(e) => setKind(e.target.value as StageKind)}>
              {STAGE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </NativeSelect>
          </div>
          <Button type="submit" disabled={pending || name.trim() === ''}>
            <Plus aria-hidden /> {pending ? 'Adding…' : 'Add stage'}
          </Button>
        </form>
        {error ? (
          <p role="alert" className="mt-2 text-sm text-destructive">
            {error}
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
