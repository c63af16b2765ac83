import path from 'node:path';
import { z } from 'zod';
import { isTimeOfDay } from '@/lib/backup/schedule';
import { parseTrustedProxies, type TrustedProxies } from '@/lib/http/ip';

/**
 * Server environment, parsed once with zod. Every variable is documented in
 * `.env.example`. `loadEnv()` throws an `EnvError` that lists each bad
 * variable on its own line; boot prints it and exits.
 */

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : ['true', '1', 'yes'].includes(v)));

const int = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      if (!/^\d+$/.test(v.trim())) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number between ${min} and ${max}` });
        return z.NEVER;
      }
      const n = Number(v);
      if (n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be between ${min} and ${max}` });
        return z.NEVER;
      }
      return n;
    });

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const optionalUrl = (protocols: string[]) =>
  optionalString.refine(
    (v) => {
      if (v === undefined) return true;
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL (${protocols.join(' or ')})` },
  );

const list = optionalString.transform((v) =>
  v === undefined
    ? []
    : v
        .split(',')
        .map((s) => s.trim().replace(/\/+$/, ''))
        .filter(Boolean),
);

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  APP_ENV: z.enum(['development', 'test', 'production']).optional(),
  VERCEL_ENV: optionalString,
  APP_URL: optionalUrl(['http:', 'https:']),
  /**
   * Peers whose X-Forwarded-For/-Host/-Proto are believed: comma-separated IPs
   * and CIDRs, and/or `vercel` (also on with VERCEL=1). Unset: none.
   */
  TRUSTED_PROXIES: optionalString,
  /** Set to `1` by Vercel on its deployments. */
  VERCEL: optionalString,
  DATA_DIR: optionalString.transform((v) => path.resolve(/*turbopackIgnore: true*/ v ?? '.data')),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /**
   * On SIGTERM, how long readiness fails while requests are still taken, before the
   * listener closes (for load balancers that poll readiness); 0: close at once.
   */
  SHUTDOWN_DELAY_MS: int(0, 0, 5_000),

  DATABASE_URL: optionalUrl(['postgres:', 'postgresql:']),
  /** The owner role's URL, for migrations only (the app connects as ledgerly_app). */
  DATABASE_MIGRATION_URL: optionalUrl(['postgres:', 'postgresql:']),
  DATABASE_POOL_SIZE: int(10, 1, 200),
  DATABASE_MIGRATE_ON_BOOT: bool(false),
  /** Longest one statement of a tenant transaction may run (0: no limit). */
  DATABASE_STATEMENT_TIMEOUT_MS: int(15_000, 0, 3_600_000),
  /** Daily backups of the embedded database (docs/decisions/0095-backups.md): where, when (HH:MM, server time), how many. */
  BACKUP_DIR: optionalString.transform((v) => (v === undefined ? undefined : path.resolve(/*turbopackIgnore: true*/ v))),
  BACKUP_AT: optionalString.refine((v) => v === undefined || isTimeOfDay(v), {
    message: "must be a time of day as HH:MM (24-hour, the server's local time)",
  }),
  BACKUP_KEEP: int(7, 1, 10_000),

  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: optionalString.refine((v) => v === undefined || /^pk_(test|live)_/.test(v), {
    message: 'must start with pk_test_ or pk_live_',
  }),
  CLERK_SECRET_KEY: optionalString.refine((v) => v === undefined || /^sk_(test|live)_/.test(v), {
    message: 'must start with sk_test_ or sk_live_',
  }),
  CLERK_JWT_KEY: optionalString,
  CLERK_WEBHOOK_SIGNING_SECRET: optionalString.refine(
    (v) => v === undefined || (/^whsec_[A-Za-z0-9+/]{16,}={0,2}$/.test(v) && (v.length - 6) % 4 === 0),
    { message: 'must be the signing secret of the Clerk webhook endpoint (whsec_…)' },
  ),
  CLERK_AUTHORIZED_PARTIES: list,
  CLERK_ISSUER: optionalUrl(['https:', 'http:']),

  RATE_LIMIT_PER_MINUTE: int(300, 1, 1_000_000),
  AI_RATE_LIMIT_PER_MINUTE: int(20, 1, 1_000_000),
  REDIS_URL: optionalUrl(['redis:', 'rediss:']),
  UPSTASH_REDIS_REST_URL: optionalUrl(['https:', 'http:']),
  UPSTASH_REDIS_REST_TOKEN: optionalString,

  AI_ENGINE: z.enum(['builtin', 'openai', 'n8n'], { error: 'must be builtin, openai or n8n' }).optional(),
  AI_BASE_URL: optionalUrl(['http:', 'https:']),
  AI_MODEL: optionalString,
  AI_API_KEY: optionalString,
  AI_TIMEOUT_MS: int(30_000, 100, 600_000),
  AI_MAX_TOOL_ROUNDS: int(6, 1, 50),
  AI_TOOL_TOKEN_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, {
    message: 'must be at least 32 characters',
  }),
  N8N_WEBHOOK_URL: optionalUrl(['http:', 'https:']),
  N8N_WEBHOOK_SECRET: optionalString,
  SMTP_URL: optionalUrl(['smtp:', 'smtps:']),
  EMAIL_TRANSPORT: z.enum(['smtp', 'outbox'], { error: 'must be smtp or outbox' }).optional(),
  EMAIL_FROM: optionalString.refine((v) => v === undefined || /^[^<>]*<?[^\s@<>]+@[^\s@<>]+>?$/.test(v), {
    message: 'must be an address such as invoices@example.com or "Name <invoices@example.com>"',
  }),
  /** Invoice emails (sends, resends, reminders) one account may send in any 24 hours. */
  EMAIL_DAILY_LIMIT_PER_ACCOUNT: int(100, 1, 1_000_000),
  /** Manual sends (the first one and resends) of one invoice in any 24 hours. */
  INVOICE_MAX_SENDS: int(5, 1, 1000),
  CRON_SECRET: optionalString.refine((v) => v === undefined || v.length >= 16, {
    message: 'must be at least 16 characters',
  }),
  /** A reminder claimed longer ago than this and never marked sent may be claimed again. */
  REMINDER_CLAIM_LEASE_MINUTES: int(15, 1, 1440),

  /** true: webhook targets on private, loopback and link-local addresses are allowed (tests, a LAN-only install). */
  WEBHOOK_ALLOW_PRIVATE: bool(false),
  /** Delay before the first retry of a failed webhook delivery; each later one grows exponentially. */
  WEBHOOK_RETRY_BASE_MS: int(30_000, 10, 3_600_000),
  /** Attempts of one delivery (the first included) before it is abandoned and its endpoint disabled. */
  WEBHOOK_MAX_ATTEMPTS: int(8, 1, 30),
  /** How long one delivery may take (connect, send, first bytes of the answer). */
  WEBHOOK_TIMEOUT_MS: int(10_000, 100, 60_000),
  /** How often the delivery worker looks for due deliveries. */
  WEBHOOK_POLL_MS: int(5_000, 50, 3_600_000),
  /** Days a finished webhook delivery and its event stay in the delivery log. */
  WEBHOOK_RETENTION_DAYS: int(30, 1, 3650),

  AUTH_MODE: z
    .enum(['dev', 'local', 'clerk', ''], { error: 'must be dev, local or clerk' })
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  LOCAL_SIGNUP: z
    .enum(['open', 'closed', ''], { error: 'must be open or closed' })
    .optional()
    .transform((v) => (v === 'open' ? 'open' : 'closed')),
  AUTH_MAX_SIGN_IN_ATTEMPTS: int(10, 1, 100_000),
  AUTH_MAX_SIGN_IN_ATTEMPTS_PER_ADDRESS: int(100, 1, 1_000_000),

  DEMO_DATA: z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? undefined : ['true', '1', 'yes'].includes(v))),
});

export type Env = Omit<z.infer<typeof envSchema>, 'DEMO_DATA' | 'AI_ENGINE' | 'EMAIL_TRANSPORT' | 'AUTH_MODE'> & {
  /**
   * `clerk`: Clerk's tokens (both Clerk keys set). `local`: email + password
   * accounts with self-signed tokens (the default without Clerk keys under
   * `next start`). `dev`: passwordless sign-in from loopback (the default under
   * `next dev`, or `AUTH_MODE=dev`).
   */
  authMode: 'clerk' | 'local' | 'dev';
  /** AUTH_MODE was set explicitly (not chosen from the keys and NODE_ENV). */
  authModeExplicit: boolean;
  /** Sessions are signed by this installation's own key (local and dev modes). */
  selfSignedAuth: boolean;
  /** The assistant's engine: AI_ENGINE, else n8n or openai when configured, else the built-in one. */
  aiEngine: 'builtin' | 'openai' | 'n8n';
  /** TRUSTED_PROXIES (and VERCEL=1), parsed: see src/lib/http/forwarded.ts. */
  trustedProxies: TrustedProxies;
  isProductionDeployment: boolean;
  /** New accounts get demo data (default: on in local mode, off in Clerk mode). */
  demoData: boolean;
  /**
   * Where email goes: EMAIL_TRANSPORT, else smtp with SMTP_URL, else the
   * outbox folder outside production (or with AUTH_MODE=dev), else `none`:
   * sends are refused rather than written to a folder nobody reads.
   */
  emailTransport: 'smtp' | 'outbox' | 'none';
  /**
   * Where migrations run, as the owner role: DATABASE_MIGRATION_URL, else
   * DATABASE_URL outside production; never through the app's own pool.
   */
  databaseMigrationUrl: string | undefined;
};

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`));
  }
  const env = result.data;
  const problems: string[] = [];
  const hasPk = env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY !== undefined;
  const hasSk = env.CLERK_SECRET_KEY !== undefined;
  if (hasPk !== hasSk) {
    problems.push('NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY and CLERK_SECRET_KEY: set both for Clerk mode, or neither for local mode');
  }
  if (env.UPSTASH_REDIS_REST_URL !== undefined && env.UPSTASH_REDIS_REST_TOKEN === undefined) {
    problems.push('UPSTASH_REDIS_REST_TOKEN: required when UPSTASH_REDIS_REST_URL is set');
  }
  const aiEngine = env.AI_ENGINE ?? (env.N8N_WEBHOOK_URL ? 'n8n' : env.AI_BASE_URL && env.AI_MODEL ? 'openai' : 'builtin');
  if (aiEngine === 'n8n' && env.N8N_WEBHOOK_URL === undefined) {
    problems.push('N8N_WEBHOOK_URL: required when AI_ENGINE=n8n');
  }
  if (aiEngine === 'n8n' && env.N8N_WEBHOOK_SECRET === undefined) {
    problems.push('N8N_WEBHOOK_SECRET: required with N8N_WEBHOOK_URL (the workflow checks it)');
  }
  if (aiEngine === 'n8n' && env.APP_URL === undefined) {
    problems.push(
      'APP_URL: required with the n8n engine (the workflow calls the tools back at APP_URL/api/ai/tools, never at an address taken from a request)',
    );
  }
  const trusted = parseTrustedProxies(env.TRUSTED_PROXIES, env.VERCEL);
  for (const problem of trusted.problems) problems.push(`TRUSTED_PROXIES: ${problem}`);
  if (aiEngine === 'openai' && (env.AI_BASE_URL === undefined || env.AI_MODEL === undefined)) {
    problems.push('AI_BASE_URL and AI_MODEL: both required when AI_ENGINE=openai');
  }
  if (aiEngine === 'n8n' && env.NODE_ENV === 'production' && env.AI_TOOL_TOKEN_SECRET === undefined) {
    problems.push(
      'AI_TOOL_TOKEN_SECRET: required in production with the n8n engine (at least 32 random characters, the same on every server process)',
    );
  }
  if (env.EMAIL_TRANSPORT === 'smtp' && env.SMTP_URL === undefined) {
    problems.push('SMTP_URL: required when EMAIL_TRANSPORT=smtp');
  }
  if (env.AUTH_MODE === 'clerk' && !(hasPk && hasSk)) {
    problems.push('AUTH_MODE=clerk: set NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY and CLERK_SECRET_KEY');
  }
  const databaseMigrationUrl = env.DATABASE_MIGRATION_URL ?? (env.NODE_ENV !== 'production' ? env.DATABASE_URL : undefined);
  if (env.DATABASE_MIGRATE_ON_BOOT && env.DATABASE_URL !== undefined && databaseMigrationUrl === undefined) {
    problems.push(
      'DATABASE_MIGRATION_URL: required with DATABASE_MIGRATE_ON_BOOT in production (migrations run as the owner role, the app as ledgerly_app)',
    );
  }
  if (env.BACKUP_AT !== undefined && env.BACKUP_DIR === undefined) {
    problems.push('BACKUP_DIR: required with BACKUP_AT (the directory the daily backups go to)');
  }
  if (env.BACKUP_AT !== undefined && env.DATABASE_URL !== undefined) {
    problems.push(
      'BACKUP_AT: daily backups are of the embedded database; with DATABASE_URL schedule pg_dump as the owner role instead (README → Operations)',
    );
  }
  if (problems.length > 0) throw new EnvError(problems);

  const authMode: Env['authMode'] = env.AUTH_MODE ?? (hasPk && hasSk ? 'clerk' : env.NODE_ENV === 'production' ? 'local' : 'dev');
  const isProductionDeployment = env.APP_ENV === 'production' || env.VERCEL_ENV === 'production';
  const emailTransport =
    env.EMAIL_TRANSPORT ?? (env.SMTP_URL ? 'smtp' : env.NODE_ENV !== 'production' || env.AUTH_MODE === 'dev' ? 'outbox' : 'none');
  const { DEMO_DATA, AI_ENGINE: _engine, EMAIL_TRANSPORT: _transport, AUTH_MODE: _mode, ...rest } = env;
  return {
    ...rest,
    authMode,
    authModeExplicit: env.AUTH_MODE !== undefined,
    selfSignedAuth: authMode !== 'clerk',
    aiEngine,
    trustedProxies: trusted.proxies,
    isProductionDeployment,
    demoData: DEMO_DATA ?? authMode === 'dev',
    emailTransport,
    databaseMigrationUrl,
  };
}

let cached: Env | undefined;

/** The parsed environment of this process (parsed on first use). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For tests: forget the cached environment. */
export function resetEnvForTests(): void {
  cached = undefined;
}
