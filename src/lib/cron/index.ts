import { createHash, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { ApiError } from '@/lib/errors';

/**
 * Scheduled routes are called the way Vercel Cron calls them:
 * `Authorization: Bearer <CRON_SECRET>`. Without CRON_SECRET they do not
 * exist (404); a missing or wrong secret is a 401.
 */
export function authorizeCron(req: Request): void {
  const secret = env().CRON_SECRET;
  if (!secret) throw new ApiError('not_found', 'Scheduled jobs are not enabled here (CRON_SECRET is not set).');
  const header = req.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  // compare digests: equal length, constant time
  const digest = (value: string) => createHash('sha256').update(value).digest();
  if (!match || !timingSafeEqual(digest(match[1]!), digest(secret))) {
    throw new ApiError('unauthorized', 'This route needs `Authorization: Bearer <CRON_SECRET>`.');
  }
}
