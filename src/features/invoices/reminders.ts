/**
 * Which reminder an overdue invoice is due for: the largest interval (days
 * after the due date) it has reached, or none before the first. A run that
 * missed a day catches up with one reminder, not one per missed interval.
 */
export function reminderStep(intervals: readonly number[], daysOverdue: number): number | undefined {
  return [...intervals].sort((a, b) => a - b).filter((d) => d <= daysOverdue).pop();
}
