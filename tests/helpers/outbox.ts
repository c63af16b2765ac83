import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';

/**
 * The newest message in the outbox folder of an app's DATA_DIR (any account),
 * decoded as a mail program would show it.
 */
export async function newestOutboxMessage(dataDir: string): Promise<{ to: string; subject: string; text: string }> {
  const root = path.join(dataDir, 'outbox');
  const [newest] = fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.eml'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (!newest) throw new Error(`no message in ${root}`);
  const parsed = await simpleParser(fs.readFileSync(newest));
  const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? '');
  return { to, subject: parsed.subject ?? '', text: parsed.text ?? '' };
}
