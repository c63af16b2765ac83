import { env } from '@/lib/env';
import { localKeys } from './keys';

/**
 * The options handed to `clerkMiddleware` in both modes. Verification is
 * always networkless: the public key is passed explicitly (`jwtKey`), the
 * authorized parties and the issuer are checked.
 */
export interface ClerkOptions {
  /**
   * Read from the environment at run time in both modes (never the value a
   * build may have inlined). The secret key is passed only in local mode:
   * Clerk mode's comes from CLERK_SECRET_KEY as Clerk reads it.
   */
  publishableKey: string;
  secretKey?: string;
  jwtKey: string;
  authorizedParties: string[];
  issuer?: string;
  signInUrl: string;
  signUpUrl: string;
}

/**
 * The origin the request was made to, as the browser sees it: forwarded
 * headers count only from TRUSTED_PROXIES (src/lib/http/forwarded.ts).
 */
export { requestOrigin } from '@/lib/http/forwarded';

/**
 * Clerk's options, built once per environment (at boot, on first use): keys,
 * issuer and the static authorized parties. Only the self-signed modes add
 * the request's origin (`clerkOptions`), and that object is kept per origin:
 * nothing is rebuilt per request (docs/decisions/0150-verified-token-cache.md).
 */
let memo: { config: ReturnType<typeof env>; base: ClerkOptions; byOrigin: Map<string, ClerkOptions> } | undefined;
const MAX_ORIGINS = 64;

export function staticClerkOptions(): ClerkOptions {
  const config = env();
  if (memo?.config !== config) memo = { config, base: buildOptions(config), byOrigin: new Map() };
  return memo.base;
}

export function clerkOptions(origin: string): ClerkOptions {
  const base = staticClerkOptions();
  if (!env().selfSignedAuth || base.authorizedParties.includes(origin)) return base;
  const known = memo!.byOrigin.get(origin);
  if (known) return known;
  // Local tokens are minted for the origin they were requested from.
  const options = { ...base, authorizedParties: [...base.authorizedParties, origin] };
  if (memo!.byOrigin.size >= MAX_ORIGINS) memo!.byOrigin.clear();
  memo!.byOrigin.set(origin, options);
  return options;
}

function buildOptions(config: ReturnType<typeof env>): ClerkOptions {
  const parties = new Set(config.CLERK_AUTHORIZED_PARTIES);
  if (config.APP_URL) parties.add(new URL(config.APP_URL).origin);
  if (config.selfSignedAuth) {
    const keys = localKeys(config.DATA_DIR);
    return {
      publishableKey: keys.publishableKey,
      secretKey: keys.secretKey,
      jwtKey: keys.publicKeyPem,
      authorizedParties: [...parties],
      issuer: keys.issuer,
      signInUrl: '/sign-in',
      signUpUrl: '/sign-in',
    };
  }
  if (!config.CLERK_JWT_KEY) {
    throw new Error('CLERK_JWT_KEY is required in Clerk mode (networkless verification)');
  }
  return {
    publishableKey: config.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY!,
    jwtKey: config.CLERK_JWT_KEY.replace(/\\n/g, '\n'),
    authorizedParties: [...parties],
    issuer: config.CLERK_ISSUER ?? issuerFromPublishableKey(config.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY!),
    signInUrl: '/sign-in',
    signUpUrl: '/sign-up',
  };
}

/** `pk_test_<base64("example.clerk.accounts.dev$")>` → `https://example.clerk.accounts.dev`. */
export function issuerFromPublishableKey(publishableKey: string): string | undefined {
  try {
    const encoded = publishableKey.replace(/^pk_(test|live)_/, '');
    const frontendApi = Buffer.from(encoded, 'base64').toString('utf8');
    if (!frontendApi.endsWith('$')) return undefined;
    return `https://${frontendApi.slice(0, -1)}`;
  } catch {
    return undefined;
  }
}
