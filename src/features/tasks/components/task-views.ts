/** The views of the task list (tabs), shared by the page and the filter bar. */
export const TASK_VIEWS = [
  ['open', 'Open'],
  ['overdue', 'Overdue'],
  ['today', 'Due today'],
  ['done', 'Done'],
  ['all', 'All'],
] as const;
export type TaskView = (typeof TASK_VIEWS)[number][0];
