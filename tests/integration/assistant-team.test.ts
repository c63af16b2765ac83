import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertLog } from '@/features/ai/queries';
import { callTool } from '@/features/ai/runner';
import { VIEW_ONLY_ANSWER } from '@/features/ai/schema';
import { offeredTools, toolDefinitions } from '@/features/ai/tools';
import { createContact } from '@/features/contacts/service';
import { addNote } from '@/features/notes/service';
import { taskListQuerySchema } from '@/features/tasks/schema';
import { createTask, getTask, listTasks } from '@/features/tasks/service';
import { getTimeline } from '@/features/timeline/service';
import { ApiError } from '@/lib/errors';
import { type Account, type Assistant, startAssistant } from '../helpers/assistant';

/**
 * Working together, through the services and the assistant on a real
 * database: a team of an owner, a member and a viewer; tasks assigned to
 * members; who made what on a contact's timeline; a viewer's assistant that
 * proposes nothing; and roles read again at confirm time.
 */

let assistant: Assistant;
let olivia: Account;
let sam: Account;
let vera: Account;
let outsider: Account;

beforeAll(async () => {
  assistant = await startAssistant();
  const people = [await assistant.signUp('Olivia Owner'), await assistant.signUp('Sam Lee'), await assistant.signUp('Vera Viewer')];
  outsider = await assistant.signUp('Otto Outside');
  const team = await assistant.team(people[0]!, [
    [people[1]!, 'member'],
    [people[2]!, 'viewer'],
  ]);
  olivia = team[0]!;
  sam = team[1]!;
  vera = team[2]!;
}, 60_000);
afterAll(() => assistant.close());

async function exchange(account: Account) {
  return account.tx(async (tx) => (await insertLog(tx, account.user.id, { query: 'test', engine: 'builtin', status: 'running' })).id);
}

async function failure(pending: Promise<unknown>): Promise<ApiError> {
  try {
    await pending;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('assignees', () => {
  it('assigns a task to a member, refuses anyone else by name of the field, and lists by assignee and creator', async () => {
    const samId = sam.user.user.id;
    const assigned = await olivia.tx((tx) => createTask(tx, olivia.user, { title: 'Renew the domain', assignee_id: samId }));
    expect(assigned).toMatchObject({ assignee_id: samId, user_id: olivia.user.user.id });
    // no assignee unless one is named
    const open = await sam.tx((tx) => createTask(tx, sam.user, { title: 'Order business cards' }));
    expect(open).toMatchObject({ assignee_id: null, user_id: samId });

    const refused = await failure(olivia.tx((tx) => createTask(tx, olivia.user, { title: 'x', assignee_id: outsider.user.user.id })));
    expect(refused.status).toBe(422);
    expect(refused.details).toEqual({ assignee_id: ['is not a member of this workspace'] });

    const titles = async (account: Account, query: Record<string, string>) =>
      (await account.tx((tx) => listTasks(tx, account.user, taskListQuerySchema.parse(query)))).data.map((t) => t.title).sort();
    expect(await titles(sam, { mine: 'true' })).toEqual(['Renew the domain']);
    expect(await titles(olivia, { assignee_id: 'me' })).toEqual([]);
    expect(await titles(olivia, { assignee_id: samId })).toEqual(['Renew the domain']);
    expect(await titles(olivia, { assignee_id: 'none' })).toEqual(['Order business cards']);
    expect(await titles(olivia, { user_id: 'me' })).toEqual(['Renew the domain']);
    expect(await titles(vera, { user_id: samId })).toEqual(['Order business cards']);
  });

  it("lists the tasks without a due date through the assistant's list_tasks (no_due_date), whatever their number", async () => {
    await olivia.tx((tx) => createTask(tx, olivia.user, { title: 'Dated in a week', due_on: '2099-01-08' }));
    const log = await exchange(olivia);
    const read = async (args: Record<string, unknown>) => {
      const out = await olivia.tx((tx) => callTool(tx, olivia.user, log, 'list_tasks', args));
      if (!out.ok) throw new Error(out.error.message);
      return (out.data as { total: number; tasks: { title: string; due_date: string | null }[] }).tasks.map((t) => t.title).sort();
    };
    const all = await read({ limit: 50 });
    const undated = await read({ no_due_date: true, limit: 50 });
    expect(all).toContain('Dated in a week');
    expect(undated).not.toContain('Dated in a week');
    expect(undated).toEqual(expect.arrayContaining(['Renew the domain', 'Order business cards']));
    // the other filters still apply with it
    expect(await read({ no_due_date: true, assignee: sam.user.user.id })).toEqual(['Renew the domain']);
    const refused = await olivia.tx((tx) => callTool(tx, olivia.user, log, 'list_tasks', { no_due_date: 'yes' }));
    expect(refused.ok).toBe(false);
  });
});

describe("a viewer's assistant", () => {
  it('is offered no write tools, and a write tool refuses it', async () => {
    const offered = offeredTools({ can_change: false });
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.every((t) => t.kind === 'read')).toBe(true);
    expect(offered.map((t) => t.name)).toContain('list_members');
    expect(offeredTools({ can_change: true })).toEqual(toolDefinitions());

    const log = await exchange(vera);
    const out = await vera.tx((tx) => callTool(tx, vera.user, log, 'create_task', { title: 'Sneaky' }));
    expect(out).toEqual({ ok: false, error: { code: 'forbidden', message: VIEW_ONLY_ANSWER } });
    const read = await vera.tx((tx) => callTool(tx, vera.user, log, 'list_tasks', {}));
    expect(read).toMatchObject({ ok: true, data: { total: expect.any(Number) } });
  });

  it('answers a request for a change with what the viewer may do, and proposes nothing', async () => {
    for (const request of ['remind me to call the printer tomorrow', 'assign the domain renewal to me', 'spent 12.50 on coffee']) {
      const res = await vera.ask(request);
      expect(res.status, request).toBe(200);
      expect(res.body.data.response, request).toBe(VIEW_ONLY_ANSWER);
      expect(res.body.data.pending_action, request).toBeNull();
    }
    // questions still work
    const tasks = await vera.ask('my todos');
    expect(tasks.body.data.response).toContain('Renew the domain');
    expect((await vera.ask('help')).body.data.response).toContain(VIEW_ONLY_ANSWER);
  });
});

describe('confirming checks the role at confirm time', () => {
  it('gives a member made a viewer after the proposal a 403, changes nothing, and lets them drop it', async () => {
    const proposal = await sam.ask('remind me to water the plants');
    const pending = proposal.body.data.pending_action;
    expect(pending).toMatchObject({ tool: 'create_task' });

    await assistant.setRole(olivia, sam, 'viewer');
    const refused = await sam.confirm(pending.id);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    const none = await olivia.tx((tx) => listTasks(tx, olivia.user, taskListQuerySchema.parse({ q: 'water the plants' })));
    expect(none.page.total).toBe(0);
    expect((await sam.reject(pending.id)).status).toBe(200);

    await assistant.setRole(olivia, sam, 'member');
    const again = await sam.ask('remind me to water the plants');
    expect((await sam.confirm(again.body.data.pending_action.id)).body.data).toMatchObject({ title: 'Water the plants' });
  });
});

describe('assigning through the assistant', () => {
  it('assigns a named task, and "it" after a proposal, to a member by name', async () => {
    const named = await olivia.ask('assign the domain renewal to olivia');
    expect(named.body.data.pending_action).toMatchObject({
      tool: 'update_task',
      args: { changes: { assignee_id: olivia.user.user.id } },
      summary: 'Assign the task "Renew the domain" to Olivia Owner.',
    });
    const done = await olivia.confirm(named.body.data.pending_action.id);
    expect(done.body.data).toMatchObject({ title: 'Renew the domain', assignee_id: olivia.user.user.id });

    const created = await olivia.ask('remind me to call the printer on friday');
    expect((await olivia.confirm(created.body.data.pending_action.id)).status).toBe(200);
    const it = await olivia.ask('assign it to Sam');
    const pending = it.body.data.pending_action;
    expect(pending.summary).toBe('Assign the task "Call the printer" to Sam Lee.');
    const task = (await olivia.confirm(pending.id)).body.data;
    expect(task.assignee_id).toBe(sam.user.user.id);

    // undo puts the task back as it was: unassigned
    expect((await olivia.undo(pending.id)).status).toBe(200);
    expect((await olivia.tx((tx) => getTask(tx, olivia.user, task.id))).assignee_id).toBeNull();
  });

  it('asks back for someone not in the workspace, and refuses a non-member id from a model', async () => {
    const unknown = await olivia.ask('assign the domain renewal to Otto');
    expect(unknown.body.data.action_taken).toBe('asked_back');
    expect(unknown.body.data.response).toContain('Olivia Owner (you), Sam Lee and Vera Viewer');

    const task = await olivia.tx((tx) => createTask(tx, olivia.user, { title: 'Check the lease' }));
    const log = await exchange(olivia);
    const out = await olivia.tx((tx) =>
      callTool(tx, olivia.user, log, 'update_task', { task_id: task.id, changes: { assignee_id: outsider.user.user.id } }),
    );
    expect(out).toMatchObject({
      ok: false,
      error: { code: 'unprocessable', details: { assignee_id: ['is not a member of this workspace'] } },
    });
  });
});

describe('who did what, and leaving', () => {
  it('names the maker of each timeline entry for the reader, and a removed member as a former member', async () => {
    const contact = await olivia.tx((tx) => createContact(tx, olivia.user, { first_name: 'Grace', last_name: 'Hopper' }));
    await olivia.tx((tx) => addNote(tx, olivia.user, contact.id, { body: 'Met at the fair' }));
    await sam.tx((tx) => addNote(tx, sam.user, contact.id, { body: 'Sent the brochure' }));
    const samTask = await sam.tx((tx) =>
      createTask(tx, sam.user, { title: 'Call Grace', contact_id: contact.id, assignee_id: sam.user.user.id }),
    );

    const by = async (account: Account) =>
      Object.fromEntries(
        (await account.tx((tx) => getTimeline(tx, account.user, contact.id, { limit: 50 }))).data.map((e) => [
          e.kind === 'note' ? e.data.body : e.kind,
          e.by,
        ]),
      );
    expect(await by(olivia)).toEqual({ 'Met at the fair': 'You', 'Sent the brochure': 'Sam Lee', task: 'Sam Lee' });
    expect(await by(sam)).toEqual({ 'Met at the fair': 'Olivia Owner', 'Sent the brochure': 'You', task: 'You' });

    await assistant.remove(olivia, sam);
    // their next request finds no workspace; their tasks are nobody's now; their entries stay, by a former member
    expect((await sam.ask('my todos')).status).toBe(404);
    expect((await olivia.tx((tx) => getTask(tx, olivia.user, samTask.id))).assignee_id).toBeNull();
    expect(await by(olivia)).toEqual({ 'Met at the fair': 'You', 'Sent the brochure': 'A former member', task: 'A former member' });
  });
});
