import { zodDetails } from '@/lib/validation';
import type { DateRange, Interval } from '../periods';
import { financialQuerySchema } from '../schema';

/**
 * What is wrong with custom dates, in the picker's words, or null when the API
 * takes them: the same schema as the server's. Its own module, which the
 * picker loads when a custom period is chosen, so that the dashboard's first
 * load carries no zod.
 */
export function periodProblem(range: DateRange, interval: Interval): string | null {
  const parsed = financialQuerySchema.safeParse({ ...range, interval });
  if (parsed.success) return null;
  return Object.entries(zodDetails(parsed.error, 'parameter'))
    .map(([field, problems]) => `${field === 'from' ? 'The start date' : 'The end date'} ${problems.join(', ')}`)
    .join('. ')
    .replace('after to', 'after the end date')
    .replace('after from', 'after the start date')
    .replace('when from is given', 'when a start date is given')
    .replace('when to is given', 'when an end date is given');
}
