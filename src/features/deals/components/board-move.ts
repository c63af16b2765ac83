/** The board's columns: stage id → deal ids, top to bottom. */
export type Columns = Record<string, string[]>;

/**
 * Where a card ends up when dropped on `overId` (a card) in stage `to`, or on
 * the stage itself (`overId` null: the bottom). Within one column the card
 * takes the place of the card it is over (the others shift, as in the API);
 * in another column it goes just above that card.
 */
export function boardMove(columns: Columns, id: string, to: string, overId: string | null): Columns {
  const from = Object.keys(columns).find((s) => columns[s]!.includes(id));
  if (!from || !columns[to] || overId === id) return columns;
  const next: Columns = { ...columns };
  if (from === to) {
    const list = [...columns[from]!];
    const oldIndex = list.indexOf(id);
    const newIndex = overId === null ? list.length - 1 : list.indexOf(overId);
    if (newIndex < 0) return columns;
    list.splice(oldIndex, 1);
    list.splice(newIndex, 0, id);
    next[from] = list;
    return next;
  }
  next[from] = columns[from]!.filter((d) => d !== id);
  const target = [...columns[to]!];
  const at = overId === null ? target.length : target.indexOf(overId);
  target.splice(at < 0 ? target.length : at, 0, id);
  next[to] = target;
  return next;
}
