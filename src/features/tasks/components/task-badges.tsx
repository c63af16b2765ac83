import { AlertTriangle, ArrowDown, ArrowUp, Minus } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import type { TaskPriority, TaskStatus } from '../schema';

export const STATUS_LABELS: Record<TaskStatus, string> = {
  pending: 'To do',
  in_progress: 'In progress',
  completed: 'Done',
  cancelled: 'Cancelled',
};

export const PRIORITY_LABELS: Record<TaskPriority, string> = { high: 'High', medium: 'Medium', low: 'Low' };

const STATUS_TONES = { pending: 'neutral', in_progress: 'blue', completed: 'green', cancelled: 'neutral' } as const;

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

/** Priority with an arrow and a word, so it does not rely on colour. */
export function PriorityBadge({ priority }: { priority: TaskPriority }) {
  const Icon = priority === 'high' ? ArrowUp : priority === 'low' ? ArrowDown : Minus;
  return (
    <Badge tone={priority === 'high' ? 'red' : priority === 'medium' ? 'amber' : 'neutral'}>
      <Icon className="size-3" aria-hidden />
      {PRIORITY_LABELS[priority]}
      <span className="sr-only"> priority</span>
    </Badge>
  );
}

export function OverdueBadge() {
  return (
    <Badge tone="red">
      <AlertTriangle className="size-3" aria-hidden />
      Overdue
    </Badge>
  );
}
