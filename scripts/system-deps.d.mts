/** Types of scripts/system-deps.mjs for the TypeScript scripts that use it. */
export function findChromium(): string | null;
export function chromiumLaunchOptions(): { executablePath: string | undefined; args: string[] };
export function which(cmd: string): string | null;
export function findPgBin(): string | null;
export function findRedis(): string | null;
export function ensureSystemDeps(options?: { chromium?: boolean; postgres?: boolean; redis?: boolean; poppler?: boolean }): unknown;
