'use client';

import * as React from 'react';

/**
 * Whether a form holds input that closing its dialog would throw away. The
 * form's values are read when the form appears and again when the person
 * tries to close the dialog; any difference is an unsaved change. It works
 * for uncontrolled fields (defaultValue) and controlled ones alike, as long
 * as they have a `name`. State outside the form (a picked contact held in
 * React state) is added by the caller:
 *
 *   const { track, isDirty } = useUnsavedChanges();
 *   <DialogContent dirty={() => isDirty() || picked?.id !== contact?.id}>
 *     <form ref={track}>…</form>
 *
 * See `dirty` on DialogContent (src/components/ui/dialog.tsx).
 */

/** A form's values as one comparable string (named fields, in document order; files by name and size). */
export function formSnapshot(entries: Iterable<[string, FormDataEntryValue]>): string {
  const pairs: [string, string][] = [];
  for (const [name, value] of entries) {
    if (!name) continue;
    pairs.push([name, typeof value === 'string' ? value.replace(/\r\n/g, '\n') : `file:${value.name}:${value.size}`]);
  }
  return JSON.stringify(pairs);
}

/** Whether two snapshots differ (no snapshot yet means no change). */
export function snapshotChanged(initial: string | null, current: string | null): boolean {
  return initial !== null && current !== null && initial !== current;
}

function snapshotOf(form: HTMLFormElement | null): string | null {
  return form ? formSnapshot(new FormData(form)) : null;
}

export interface UnsavedChanges {
  /** The <form>'s ref (`ref={track}`): its values when it appears are the "saved" state. */
  track: (form: HTMLFormElement | null) => void;
  /** Whether the form's values differ from those it appeared with. */
  isDirty: () => boolean;
  /** Takes the current values as the saved state (e.g. after a save that keeps the form open). */
  markSaved: () => void;
}

export function useUnsavedChanges(): UnsavedChanges {
  const form = React.useRef<HTMLFormElement | null>(null);
  const initial = React.useRef<string | null>(null);
  const track = React.useCallback((node: HTMLFormElement | null) => {
    form.current = node;
    initial.current = snapshotOf(node);
  }, []);
  const isDirty = React.useCallback(() => snapshotChanged(initial.current, snapshotOf(form.current)), []);
  const markSaved = React.useCallback(() => {
    initial.current = snapshotOf(form.current);
  }, []);
  return React.useMemo(() => ({ track, isDirty, markSaved }), [track, isDirty, markSaved]);
}
