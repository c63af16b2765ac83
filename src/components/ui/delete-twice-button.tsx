'use client';

import { Trash2 } from 'lucide-react';
import * as React from 'react';
import { Button } from './button';

/**
 * The delete button of a record dialog (`useRecordDialog`): the first click
 * arms it ("Click again to delete"), the second deletes.
 */
export function DeleteTwiceButton({
  confirming,
  onClick,
  disabled,
  children,
}: {
  confirming: boolean;
  onClick: () => void;
  disabled?: boolean;
  /** The label while not armed ("Delete task"). */
  children: React.ReactNode;
}) {
  return (
    <Button type="button" variant="ghost" className="text-destructive hover:text-destructive" onClick={onClick} disabled={disabled}>
      <Trash2 aria-hidden /> {confirming ? 'Click again to delete' : children}
    </Button>
  );
}
