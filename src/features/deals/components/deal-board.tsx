'use client';

import {
  type Announcements,
  closestCorners,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { notify } from '@/components/ui/notify';
import { Textarea } from '@/components/ui/textarea';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { formatMoney } from '@/lib/money';
import { cn } from '@/lib/utils';
import type { Deal, DealStage, StageTotal } from '../schema';
import { boardMove, type Columns } from './board-move';

/**
 * The pipeline as a board: one column per stage, cards top to bottom. Cards
 * move with the mouse (drag) and with the keyboard (Space to pick up, arrows
 * to move, Space to drop, Escape to cancel), with every step announced to
 * screen readers (dnd-kit's live region). A drop is one `PUT /api/deals/:id`
 * of `stage_id` and `position`; a drop on a lost stage first asks why.
 */

export interface BoardDeal extends Pick<Deal, 'id' | 'title' | 'value' | 'currency' | 'stage_id' | 'position' | 'expected_close_date'> {
  contact: string | null;
}

function columnsOf(stages: DealStage[], deals: BoardDeal[]): Columns {
  const columns: Columns = Object.fromEntries(stages.map((s) => [s.id, [] as string[]]));
  for (const d of [...deals].sort((a, b) => a.position - b.position)) columns[d.stage_id]?.push(d.id);
  return columns;
}

function DealCard({ deal, locale, disabled }: { deal: BoardDeal; locale: string; disabled: boolean }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: deal.id, disabled });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={cn(
        'rounded-md border bg-card p-3 text-sm shadow-sm outline-none focus-visible:ring-2 focus-visible:ring-ring',
        !disabled && 'cursor-grab touch-none',
        isDragging && 'opacity-60',
      )}
      data-testid="deal-card"
      data-deal-title={deal.title}
      {...attributes}
      {...listeners}
      aria-roledescription={disabled ? undefined : 'sortable deal'}
      aria-label={`${deal.title}, ${formatMoney(deal.value, deal.currency, locale)}`}
    >
      <Link href={`/deals/${deal.id}`} className="font-medium hover:underline" onPointerDown={(e) => e.stopPropagation()}>
        {deal.title}
      </Link>
      <div className="mt-1 flex flex-wrap justify-between gap-2 text-xs text-muted-foreground">
        <span className="tabular">{formatMoney(deal.value, deal.currency, locale)}</span>
        {deal.contact ? <span>{deal.contact}</span> : null}
        {deal.expected_close_date ? <span>closes {deal.expected_close_date}</span> : null}
      </div>
    </li>
  );
}

function Column({
  stage,
  ids,
  deals,
  total,
  locale,
  disabled,
}: {
  stage: DealStage;
  ids: string[];
  deals: Map<string, BoardDeal>;
  total: StageTotal | undefined;
  locale: string;
  disabled: boolean;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: `stage:${stage.id}` });
  const headingId = `stage-${stage.id}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      className={cn('flex w-64 shrink-0 flex-col rounded-lg border bg-muted/40 p-2', isOver && 'ring-2 ring-primary/40')}
      data-testid="deal-column"
      data-stage-name={stage.name}
    >
      <header className="mb-2 px-1">
        <h2 id={headingId} className="text-sm font-semibold">
          {stage.name} <span className="font-normal text-muted-foreground">({ids.length})</span>
        </h2>
        <p className="text-xs text-muted-foreground">
          {stage.probability}% ·{' '}
          {total && total.totals.length > 0 ? total.totals.map((t) => formatMoney(t.amount, t.currency, locale)).join(' + ') : '—'}
        </p>
      </header>
      <SortableContext id={stage.id} items={ids} strategy={verticalListSortingStrategy}>
        <ol ref={setNodeRef} className="flex min-h-16 flex-col gap-2" aria-label={`Deals in ${stage.name}`}>
          {ids.map((id) => {
            const deal = deals.get(id);
            return deal ? <DealCard key={id} deal={deal} locale={locale} disabled={disabled} /> : null;
          })}
        </ol>
      </SortableContext>
    </section>
  );
}

export function DealBoard({
  stages,
  deals,
  totals,
  locale,
  writable,
}: {
  stages: DealStage[];
  deals: BoardDeal[];
  totals: StageTotal[];
  locale: string;
  writable: boolean;
}) {
  const router = useRouter();
  const [columns, setColumns] = React.useState<Columns>(() => columnsOf(stages, deals));
  const [lost, setLost] = React.useState<{ id: string; stageId: string; position: number } | null>(null);
  const [reason, setReason] = React.useState('');
  const [reasonError, setReasonError] = React.useState<string>();
  const startColumns = React.useRef<Columns | null>(null);
  // new data from the server (after a move, a refresh): the board follows it
  const [shown, setShown] = React.useState({ stages, deals });
  if (shown.stages !== stages || shown.deals !== deals) {
    setShown({ stages, deals });
    setColumns(columnsOf(stages, deals));
  }

  const byId = React.useMemo(() => new Map(deals.map((d) => [d.id, d])), [deals]);
  const stageById = React.useMemo(() => new Map(stages.map((s) => [s.id, s])), [stages]);
  const totalById = React.useMemo(() => new Map(totals.map((t) => [t.stage_id, t])), [totals]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const stageOf = (id: string | number): string | undefined => {
    const key = String(id);
    if (key.startsWith('stage:')) return key.slice('stage:'.length);
    return Object.keys(columns).find((s) => columns[s]!.includes(key));
  };
  const title = (id: string | number) => byId.get(String(id))?.title ?? 'the deal';
  const where = (overId: string | number | undefined) => {
    if (overId === undefined) return 'nowhere';
    const stageId = stageOf(overId);
    const stage = stageId ? stageById.get(stageId) : undefined;
    if (!stage || !stageId) return 'nowhere';
    const index = String(overId).startsWith('stage:') ? columns[stageId]!.length : columns[stageId]!.indexOf(String(overId));
    return `${stage.name}, position ${index + 1} of ${columns[stageId]!.length}`;
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${title(active.id)}. Use the arrow keys to move it, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) => `${title(active.id)} is over ${where(over?.id)}.`,
    onDragEnd: ({ active, over }) => `${title(active.id)} dropped in ${where(over?.id)}.`,
    onDragCancel: ({ active }) => `Moving ${title(active.id)} was cancelled; it is back where it was.`,
  };

  async function save(id: string, stageId: string, position: number, lostReason?: string) {
    try {
      await apiFetch(`/api/deals/${id}`, {
        method: 'PUT',
        body: { stage_id: stageId, position, ...(lostReason ? { lost_reason: lostReason } : {}) },
      });
      notify.success(`Moved to ${stageById.get(stageId)?.name ?? 'another stage'}`, { description: title(id) });
      router.refresh();
      return true;
    } catch (error) {
      if (error instanceof ApiClientError && error.details.lost_reason) return false;
      notify.error(error instanceof Error ? error.message : 'The deal could not be moved.');
      setColumns(columnsOf(stages, deals));
      return true;
    }
  }

  function onDragStart(_event: DragStartEvent) {
    startColumns.current = columns;
  }

  function onDragOver({ active, over }: DragOverEvent) {
    if (!over) return;
    const from = stageOf(active.id);
    const to = stageOf(over.id);
    if (!from || !to || from === to) return;
    setColumns((current) => boardMove(current, String(active.id), to, String(over.id).startsWith('stage:') ? null : String(over.id)));
  }

  async function onDragEnd({ active, over }: DragEndEvent) {
    const before = startColumns.current;
    startColumns.current = null;
    if (!over || !before) {
      if (before) setColumns(before);
      return;
    }
    const id = String(active.id);
    const to = stageOf(over.id);
    if (!to) return;
    const next = boardMove(columns, id, to, String(over.id).startsWith('stage:') || String(over.id) === id ? null : String(over.id));
    const position = next[to]!.indexOf(id);
    const original = Object.keys(before).find((s) => before[s]!.includes(id));
    if (original === to && before[to]!.indexOf(id) === position) {
      setColumns(before);
      return;
    }
    setColumns(next);
    if (stageById.get(to)?.kind === 'lost' && original !== to) {
      setReason('');
      setReasonError(undefined);
      setLost({ id, stageId: to, position });
      return;
    }
    await save(id, to, position);
  }

  async function confirmLost(event: React.FormEvent) {
    event.preventDefault();
    if (!lost) return;
    if (!reason.trim()) {
      setReasonError('Say why the deal was lost.');
      return;
    }
    const done = await save(lost.id, lost.stageId, lost.position, reason.trim());
    if (done) setLost(null);
    else setReasonError('Say why the deal was lost.');
  }

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={() => {
          if (startColumns.current) setColumns(startColumns.current);
          startColumns.current = null;
        }}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable:
              'To move a deal, press Space. Move it with the arrow keys: up and down within a stage, left and right to another stage. Press Space to drop it, or Escape to cancel.',
          },
        }}
      >
        <div className="flex gap-3 overflow-x-auto pb-2" data-testid="deal-board">
          {stages.map((stage) => (
            <Column
              key={stage.id}
              stage={stage}
              ids={columns[stage.id] ?? []}
              deals={byId}
              total={totalById.get(stage.id)}
              locale={locale}
              disabled={!writable}
            />
          ))}
        </div>
      </DndContext>
      <Dialog
        open={lost !== null}
        onOpenChange={(open) => {
          if (!open) {
            setLost(null);
            setColumns(columnsOf(stages, deals));
          }
        }}
      >
        <DialogContent>
          <form onSubmit={confirmLost} className="grid gap-4">
            <DialogHeader>
              <DialogTitle>Why was it lost?</DialogTitle>
              <DialogDescription>{lost ? title(lost.id) : ''}</DialogDescription>
            </DialogHeader>
            <Field id="lost-reason" label="Reason" error={reasonError}>
              <Textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} autoFocus />
            </Field>
            <DialogFooter>
              <Button type="submit">Mark as lost</Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}
