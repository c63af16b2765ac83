/**
 * `npm run n8n:workflow`: writes n8n/crm-assistant.json from the assistant's
 * tool definitions (a unit test checks that the committed file is current).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildWorkflow } from '../src/features/ai/n8n-workflow';

const file = path.join(import.meta.dirname, '..', 'n8n', 'crm-assistant.json');
fs.writeFileSync(file, `${JSON.stringify(buildWorkflow(), null, 2)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
