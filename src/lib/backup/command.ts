import { EnvError } from '@/lib/env';
import { BackupError } from './format';

/**
 * Runs a backup or restore command: exit 0 when `main` resolves, otherwise one
 * clear line on stderr and exit 1 (`failed` prefixes errors that are not the
 * command's own refusals).
 */
export function runCommand(main: () => Promise<void>, failed: string): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const message =
        error instanceof EnvError
          ? `Invalid environment: ${error.problems.join('; ')}`
          : error instanceof BackupError
            ? error.message
            : `${failed}: ${error instanceof Error ? error.message : String(error)}`;
      // eslint-disable-next-line no-console -- a command's one line on stderr
      console.error(message.replace(/\s*\n\s*/g, ' '));
      process.exit(1);
    },
  );
}
