import { createHash } from 'node:crypto';
import { env } from '@/lib/env';
import { localKeys } from './keys';

/**
 * Imported before `@clerk/nextjs` wherever it is used (Clerk reads its
 * environment when its modules load). In local mode Clerk's SDK receives its
 * keys as middleware options, and it requires CLERK_ENCRYPTION_KEY to pass them
 * (encrypted) from the proxy to route handlers: derive one from the local
 * secret under DATA_DIR. Clerk mode uses the real variables as they are.
 */
if (!process.env.CLERK_ENCRYPTION_KEY) {
  try {
    const config = env();
    if (config.selfSignedAuth) {
      // nothing of local mode is reported to Clerk
      process.env.CLERK_TELEMETRY_DISABLED = '1';
      process.env.CLERK_ENCRYPTION_KEY = createHash('sha256')
        .update(`encryption:${localKeys(config.DATA_DIR).secretKey}`)
        .digest('hex');
    }
  } catch {
    // An invalid environment is reported by boot with a clear message.
  }
}

export {};
