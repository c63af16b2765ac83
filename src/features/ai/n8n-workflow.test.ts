import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildWorkflow } from './n8n-workflow';
import { toolDefinitions } from './tools';

it('ships an n8n workflow that is current with the tools', () => {
  const file = path.join(process.cwd(), 'n8n', 'crm-assistant.json');
  const shipped = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(shipped, 'run `npm run n8n:workflow` after changing a tool').toEqual(JSON.parse(JSON.stringify(buildWorkflow())));
  const byName = new Map(shipped.nodes.map((n: { name: string }) => [n.name, n]));
  for (const tool of toolDefinitions()) {
    const node = byName.get(tool.name) as any;
    expect(node.type).toBe('n8n-nodes-base.httpRequestTool');
    expect(node.parameters.url).toContain(`/${tool.name}`);
    expect(shipped.connections[tool.name].ai_tool[0][0].node).toBe('AI Agent');
  }
  for (const node of shipped.nodes) {
    // an n8n expression ends at the first "}}": none may appear inside one
    for (const value of Object.values(node.parameters).filter((v): v is string => typeof v === 'string')) {
      if (value.startsWith('=')) expect(value.split('}}').length, node.name).toBe(value.split('{{').length);
    }
  }
  expect(byName.get('Webhook')).toMatchObject({ parameters: { authentication: 'headerAuth', responseMode: 'responseNode' } });
});
