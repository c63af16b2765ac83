import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EngineRequest } from '../types';
import { stubContact, stubEngine, turn } from './test-turn';
import { Turn } from './turn';
import {
  levelTypos,
  namesTaskDomain,
  opensNewTask,
  taskAction,
  wantsNewTask,
  wantsTaskAssignment,
  wantsTaskChange,
  wantsTaskList,
  wantsTaskQuestion,
} from './work';

// The engine reads "tomorrow" or "in 3 days" from the clock, in the asker's zone; the stubs' asker lives on 2026-12-07
// (STUB_USER), so the clock is that day's noon here, whatever day the tests run on. Only `Date` is faked.
beforeAll(() => {
  vi.useFakeTimers({ now: new Date('2026-12-07T12:00:00Z'), toFake: ['Date'] });
});
afterAll(() => {
  vi.useRealTimers();
});

describe('what a request does to a task, by its verb wherever it stands', () => {
  it('reads the verbs of throwing away, anywhere in the sentence', () => {
    expect(taskAction('trash the follow up on the relaunch proposal task')).toBe('delete');
    expect(taskAction('my accountant does the quarterly taxes now so delete that task')).toBe('delete');
    expect(taskAction('bin the lease check')).toBe('delete');
  });
  it('tells reopening, starting, moving, renaming and finishing apart', () => {
    expect(taskAction('reopen the kenji storyboard task')).toBe('reopen');
    expect(taskAction('mark follow up on the relaunch proposal as in progress')).toBe('start');
    expect(taskAction('the retainer report can wait until tomorrow')).toBe('move');
    expect(taskAction('rename the task prepare quarterly taxes to prepare q4 taxes')).toBe('rename');
    expect(taskAction('i called grace about the website you can tick that off')).toBe('complete');
  });
  it('leaves questions to the list', () => {
    expect(taskAction('show completed tasks')).toBeUndefined();
    expect(taskAction('which tasks are done')).toBeUndefined();
  });
});

/** The team of the stubs: the asker and one member. */
const TEAM = [
  { user_id: 'me', name: 'Robin Example', email: null, role: 'owner', you: true },
  { user_id: 'sam', name: 'Sam Lee', email: null, role: 'member', you: false },
];

describe('the ways people take a task off the list or give it a new title or day', () => {
  it('reads taking off the list and wiping as deleting, "should be called" as renaming, "due … instead" as moving', () => {
    expect(taskAction('take the lease check off my list for good')).toBe('delete');
    expect(taskAction('wipe the retainer report todo')).toBe('delete');
    expect(taskAction('the lease task should be called review the lease')).toBe('rename');
    expect(taskAction('domain renewal due tomorrow instead')).toBe('move');
    expect(taskAction('tick off the lease check')).toBe('complete');
  });
});

describe('questions about the task list without a rule of their own', () => {
  it('reads deadlines, days ahead, "everything due" and what is pending for someone as the list', () => {
    for (const q of [
      'have I missed any deadlines?',
      "what's on for tomorrow?",
      'show me everything due today',
      'whats pending for amara',
      'what is sam working on?',
      'anything for friday?',
      'tasks i haven’t given to anyone',
    ]) {
      expect(wantsTaskList(turn(q)), q).toBe(true);
    }
    for (const q of ['which invoices are due this week?', 'how much did I spend today?', 'what did the Acme deal close at']) {
      expect(wantsTaskList(turn(q)), q).toBe(false);
    }
  });
  it('reads "is that on my list" and a field of one task as a question about that task, not a contact’s notes', () => {
    expect(wantsTaskQuestion(turn('business cards - is that on my list?'))).toBe(true);
    expect(wantsTaskQuestion(turn("what's the priority of the retainer report task"))).toBe(true);
    expect(wantsTaskQuestion(turn('do we have a todo about the lease?'))).toBe(true);
    expect(wantsTaskQuestion(turn("is there anything in kenji's notes?"))).toBe(false);
    expect(wantsTaskQuestion(turn("what's due today?"))).toBe(false);
  });
});

describe('new tasks said with the priority first or the request last', () => {
  it('reads them as new tasks', () => {
    expect(wantsNewTask(turn('high priority: file the VAT return by tomorrow'))).toBe(true);
    expect(wantsNewTask(turn('Sam needs to update the website footer by friday - make a task'))).toBe(true);
    expect(wantsNewTask(turn('the printer is broken, add it as a todo'))).toBe(true);
    expect(wantsNewTask(turn('what is high priority?'))).toBe(false);
  });
});

describe('tasks said as a call to schedule or a reminder for someone else', () => {
  it('reads them as new tasks, and "don’t need … anymore" as deleting', () => {
    expect(wantsNewTask(turn('schedule a call with Grace for thursday'))).toBe(true);
    expect(wantsNewTask(turn('remind sam to renew the parking permit'))).toBe(true);
    expect(wantsNewTask(turn('I must call the bank tomorrow'))).toBe(true);
    expect(taskAction("we don't need the business cards task anymore")).toBe('delete');
  });
});

describe('the urgent ones and lists not read as one task', () => {
  it('reads "what’s urgent" as the list, and "what’s coming up on my list" as the list, not a question about one task', () => {
    expect(wantsTaskList(turn("what's urgent right now?"))).toBe(true);
    expect(wantsTaskList(turn("what's coming up on my list?"))).toBe(true);
    expect(wantsTaskQuestion(turn("what's coming up on my list?"))).toBe(false);
    expect(wantsTaskList(turn('what will the euro exchange rate be next week?'))).toBe(false);
  });
});

describe('what someone has got on', () => {
  it('reads "what’s sam got on" and "which tasks are mine" as the list', () => {
    expect(wantsTaskList(turn("what's sam got on?"))).toBe(true);
    expect(wantsTaskList(turn('which tasks are mine?'))).toBe(true);
  });
});

describe('Tasks said in more ways', () => {
  it('keeps "(don\'t delete it)" from reading as deleting, and reads cancelling and a new title mid-sentence', () => {
    expect(taskAction("we're not doing the business cards after all cancel that task don't delete it")).toBe('cancel');
    expect(taskAction('the lease check is off so cancel it rather than delete it')).toBe('cancel');
    expect(taskAction('change the taxes task title to prepare q4 taxes')).toBe('rename');
    expect(taskAction("change amara's title to creative lead")).toBeUndefined();
  });
  it('reads "<task>: due …" and "<task> - priority …" as a change of that field', () => {
    expect(wantsTaskChange(turn('lease check: due in 3 days'))).toBe(true);
    expect(wantsTaskChange(turn('business cards - priority high'))).toBe(true);
    expect(wantsTaskChange(turn('Sofia: call me back'))).toBe(false);
  });
  it('opens a new task given to someone, and "add one" right after a list of tasks', () => {
    expect(opensNewTask(turn('give Sam a task: order new toner, medium priority'))).toBe(true);
    expect(opensNewTask(turn('hand olivia a todo to call the bank'))).toBe(true);
    expect(opensNewTask(turn('give Sam the lease check'))).toBe(false);
    const listed = [
      {
        query: 'what is due today?',
        response: 'You have 1 open task due today:\n- [Send the retainer report](/tasks) (due Mon 7 Dec)',
        created_at: new Date().toISOString(),
      },
    ];
    expect(wantsNewTask(turn('add one to water the plants today', listed))).toBe(true);
    expect(wantsNewTask(turn('add one to water the plants today'))).toBe(false);
  });
  it('reads the urgent things, whose work and what is open with someone as the list', () => {
    for (const q of [
      'urgent stuff? only the high-priority ones',
      "what's Sam working on?",
      'do I have anything open for Lukas Brandt?',
      "which tasks haven't got a deadline?",
    ]) {
      expect(wantsTaskList(turn(q)), q).toBe(true);
    }
    expect(wantsTaskList(turn('add an urgent task: call the bank'))).toBe(false);
  });
  it('reads taking a member off a task as unassigning, never a list taken off', () => {
    expect(wantsTaskAssignment(turn('take sam off the domain renewal'))).toBe(true);
    expect(wantsTaskAssignment(turn('take the lease check off my list'))).toBe(false);
  });
});

describe('More verbs and forms', () => {
  it('writes a task down with "jot down / write down", renames with "retitle", and reads "<task> is now <member>’s job"', () => {
    expect(wantsNewTask(turn('please jot down a to-do: pick up the framed prints'))).toBe(true);
    expect(taskAction('retitle the lease task renew the office lease')).toBe('rename');
    expect(wantsTaskAssignment(turn('the domain renewal is now Vera’s job'))).toBe(true);
    expect(wantsTaskAssignment(turn('the retainer report is now overdue'))).toBe(false);
  });
  it('lists what is assigned to someone and what got done', () => {
    expect(wantsTaskList(turn('show everything assigned to Sam'))).toBe(true);
    expect(wantsTaskList(turn('what did I get done lately?'))).toBe(true);
    expect(wantsTaskList(turn('what invoices are assigned to Sam?'))).toBe(false);
  });
});

describe('tasks named by what they are, typos of their words, and changes said as a state', () => {
  it('reads a cancelled task, a priority said of one task, prioritising and linking as changes', () => {
    expect(taskAction('the dentist task has been cancelled, no need')).toBe('cancel');
    expect(taskAction('the invoice follow up is urgent now')).toBe('priority');
    expect(taskAction('deprioritize the business cards')).toBe('priority');
    expect(taskAction('prioritise the lease check')).toBe('priority');
    expect(taskAction('attach it to beacon, the report task')).toBe('link');
    expect(taskAction('clear out the lease todo')).toBe('delete');
    expect(taskAction('which tasks are urgent')).toBeUndefined();
  });
  it('reads priority words typed with their letters swapped', () => {
    expect(levelTypos('remove the hgih priority one')).toBe('remove the high priority one');
    expect(levelTypos('the olw one')).toBe('the olw one');
  });
  it('reads what was given to someone, what has been done and when something is due as the list', () => {
    expect(wantsTaskList(turn('which jobs have we handed to olivia'))).toBe(true);
    expect(wantsTaskList(turn('anything completed already?'))).toBe(true);
    expect(wantsTaskList(turn('when should I ring lukas?'))).toBe(true);
    expect(wantsTaskList(turn('when do I have to pay the invoice?'))).toBe(false);
  });
  it('reads "remind me <day> to …" and a request after the task with a typo as a new task', () => {
    const dated = (query: string) =>
      new Turn({ query, history: [], user: { time_zone: 'Europe/Berlin', today: '2026-12-07' } } as unknown as EngineRequest);
    expect(opensNewTask(dated('remind me on friday to send the signed contract'))).toBe(true);
    expect(opensNewTask(dated('remind me what the lease task says'))).toBe(false);
    expect(wantsNewTask(turn('Olivia should book the room for monday, add a taks for her'))).toBe(true);
  });
});

describe('a question that names the task list as its domain', () => {
  it('reads "task-wise" and "in terms of to-dos" as the list, not a new task', () => {
    expect(namesTaskDomain(turn('what do I still owe amara, task-wise?'))).toBe(true);
    expect(namesTaskDomain(turn('anything for lukas in terms of to-dos?'))).toBe(true);
    expect(namesTaskDomain(turn('what do I still owe amara?'))).toBe(false);
    expect(namesTaskDomain(turn('add a task-wise reminder'))).toBe(false);
  });
});

describe('tasks said by what they are, and new tasks said in more ways', () => {
  const dated = (query: string) =>
    new Turn({ query, history: [], user: { time_zone: 'UTC', today: '2026-12-07' } } as unknown as EngineRequest);
  it('reads "anything assigned to", "have I finished anything" and "overdue or due today" as the list', () => {
    expect(wantsTaskList(turn('is there anything assigned to vera'))).toBe(true);
    expect(wantsTaskList(turn('are there any jobs given to olivia'))).toBe(true);
    expect(wantsTaskList(turn('did we complete anything this week?'))).toBe(true);
    expect(wantsTaskList(turn('have I finished anything yet'))).toBe(true);
    expect(wantsTaskList(turn('is there anything assigned to the invoice'))).toBe(false);
  });
  it('opens a new task with "remind me to" whatever it names, a quoted title with a day, and "new to do:"', () => {
    expect(opensNewTask(dated('remind me to ask lukas whether he signed the contract'))).toBe(true);
    expect(opensNewTask(dated('remind me which deal sofia signed'))).toBe(false);
    expect(opensNewTask(dated('please add "Book the venue" for friday and link it to sofia'))).toBe(true);
    expect(opensNewTask(dated('add "Renew the van insurance"'))).toBe(true);
    expect(opensNewTask(dated('add "Logo design" to the quote'))).toBe(false);
    expect(wantsNewTask(turn('new to do: call the plumber'))).toBe(true);
  });
  it('reads "mark it cancelled" as cancelling and "link the … task to …" as linking', () => {
    expect(taskAction('business cards never mind mark it cancelled')).toBe('cancel');
    expect(taskAction('set the lease check as cancelled')).toBe('cancel');
    expect(taskAction('link the domain renewal task to sofia')).toBe('link');
    expect(taskAction('attach my taxes todo to the accountant')).toBe('link');
  });

  const tasks = [
    {
      id: 'r',
      title: 'Send the retainer report',
      status: 'pending',
      priority: 'high',
      due_on: '2026-12-07',
      due_date: null,
      contact_name: 'Amara Okafor',
      contact_id: 'amara',
      url: '/tasks',
    },
    {
      id: 'g',
      title: 'Call Grace about the bakery website',
      status: 'pending',
      priority: 'medium',
      due_on: '2026-12-08',
      due_date: null,
      contact_name: 'Grace Whitfield',
      contact_id: 'grace',
      url: '/tasks',
    },
    {
      id: 'k',
      title: 'Send Kenji the storyboard',
      status: 'completed',
      priority: 'medium',
      due_on: null,
      due_date: null,
      contact_name: 'Kenji Watanabe',
      contact_id: 'kenji',
      url: '/tasks',
    },
  ];
  const people = [
    stubContact('Amara', 'Okafor', { id: 'amara', company: 'Brightleaf Studio', status: 'customer' }),
    stubContact('Grace', 'Whitfield', { id: 'grace', company: 'Whitfield Bakery' }),
    stubContact('Kenji', 'Watanabe', { id: 'kenji', company: 'Studio Kaze', status: 'active' }),
  ];
  const open = (t: (typeof tasks)[number]) => t.status === 'pending' || t.status === 'in_progress';
  const ask = stubEngine({
    contacts: people,
    reads: {
      list_members: { members: TEAM },
      list_tasks: (args: Record<string, unknown>) => {
        const found = tasks.filter(
          (t) =>
            (args.status === 'completed' ? t.status === 'completed' : args.status === 'open' ? open(t) : true) &&
            (!args.contact_id || t.contact_id === args.contact_id) &&
            (!args.due_from || (t.due_on !== null && t.due_on >= (args.due_from as string))) &&
            (!args.due_to || (t.due_on !== null && t.due_on <= (args.due_to as string))),
        );
        return { total: found.length, tasks: found };
      },
    },
  });
  it('finds the task to delete by its state, its due day or its contact when no title is said', async () => {
    expect((await ask('bin the finished task')).write).toEqual(['delete_task', { task_id: 'k' }]);
    expect((await ask('remove the todo that is due tomorrow')).write).toEqual(['delete_task', { task_id: 'g' }]);
    expect((await ask('delete the task for grace')).write).toEqual(['delete_task', { task_id: 'g' }]);
  });
  it('lists the tasks of each contact named with "and"', async () => {
    const { response } = await ask('what is on my list for amara and grace');
    expect(response).toContain('Send the retainer report');
    expect(response).toContain('Call Grace about the bakery website');
  });
  it('reads a day and a priority before the colon, and the first dash after the member', async () => {
    expect((await ask('todo for friday, high priority: renew the van insurance')).write).toEqual([
      'create_task',
      { title: 'Renew the van insurance', due_on: '2026-12-11', priority: 'high' },
    ]);
    expect((await ask('set up a task for sam - "Order toner" - due in 3 days')).write).toEqual([
      'create_task',
      { title: 'Order toner', assignee_id: 'sam', due_on: '2026-12-10' },
    ]);
  });
  it('gives "him" to the member the conversation was about, and keeps "add it to my tasks" out of the contact', async () => {
    const history = [
      { query: 'what is sam working on?', response: 'You have no open tasks assigned to Sam Lee.', created_at: new Date().toISOString() },
    ];
    expect((await ask('give him a new task to clean the printer', history)).write?.[1]).toMatchObject({ assignee_id: 'sam' });
    expect((await ask('I need to send kenji the contract today, add it to my tasks')).write?.[1]).toMatchObject({ contact_id: 'kenji' });
  });
});

describe('tasks said with their client in brackets, a member who has them, and a field before the task', () => {
  // business cards start at low priority here, so raising it is a change
  const tasks = [
    {
      id: 'd',
      title: 'Renew the domain',
      status: 'pending',
      priority: 'low',
      due_on: '2026-12-17',
      assignee: 'sam',
      assignee_name: 'Sam Lee',
    },
    { id: 'l', title: 'Check the lease', status: 'pending', priority: 'medium', due_on: null, assignee: null, assignee_name: null },
    { id: 't', title: 'Prepare quarterly taxes', status: 'pending', priority: 'medium', due_on: null, assignee: null, assignee_name: null },
    { id: 'c', title: 'Order business cards', status: 'pending', priority: 'low', due_on: null, assignee: null, assignee_name: null },
  ].map((t) => ({ ...t, due_date: null, contact_name: null, url: '/tasks' }));
  const acme = stubContact('Acme', null, { id: 'acme', company: 'Acme Ltd', status: 'customer' });
  const ask = stubEngine({
    contacts: (text) => (/acme/i.test(text) ? [acme] : []),
    reads: {
      list_members: { members: TEAM },
      list_tasks: (args: Record<string, unknown>) => {
        const found = tasks.filter((t) => args.status !== 'completed' && (!args.assignee || t.assignee === args.assignee));
        return { total: found.length, tasks: found };
      },
    },
  });

  it('reads who it is for and when from brackets after the title, and "put it on his list" after what to do', async () => {
    expect((await ask('new task: Send Acme the invoice copy (for Acme, due tomorrow)')).write).toEqual([
      'create_task',
      { title: 'Send Acme the invoice copy', due_on: '2026-12-08', contact_id: 'acme' },
    ]);
    expect(opensNewTask(turn('sam should renew the van insurance by friday, put it on his list'))).toBe(true);
    expect((await ask('sam has to order toner tomorrow, add it to his to-do list')).write?.[1]).toMatchObject({
      title: 'Order toner',
      assignee_id: 'sam',
    });
    expect(opensNewTask(turn('add a to do to call the bank'))).toBe(true);
  });
  it('finds the task a member has, and gives a task taken off a member to the asker who says so', async () => {
    expect((await ask('delete the task sam has')).write).toEqual(['delete_task', { task_id: 'd' }]);
    expect((await ask("take sam off the domain, i'll handle it")).write).toEqual([
      'update_task',
      { task_id: 'd', changes: { assignee_id: 'me' } },
    ]);
    expect((await ask('take sam off the domain')).write).toEqual(['update_task', { task_id: 'd', changes: { assignee_id: null } }]);
  });
  it('reads "<task>: lower the priority to …" and "due date of <task> -> <day>" as changes', async () => {
    expect((await ask('order business cards: raise the priority to high')).write).toEqual([
      'update_task',
      { task_id: 'c', changes: { priority: 'high' } },
    ]);
    expect((await ask('deadline for the lease check -> friday')).write).toEqual([
      'update_task',
      { task_id: 'l', changes: { due_on: '2026-12-11' } },
    ]);
  });
  it('reads a member put on a task, "…, unassign it" after the task, and "assign it to me" after a new one', async () => {
    expect((await ask('put sam on the business cards task')).write).toEqual([
      'update_task',
      { task_id: 'c', changes: { assignee_id: 'sam' } },
    ]);
    expect((await ask('put me on the lease check')).write).toEqual(['update_task', { task_id: 'l', changes: { assignee_id: 'me' } }]);
    expect((await ask("the lease check is now Sam's job")).write).toEqual([
      'update_task',
      { task_id: 'l', changes: { assignee_id: 'sam' } },
    ]);
    // someone who is no member, or nothing that is a task, is left to the other rules
    expect((await ask('put acme on the lease check')).write?.[0]).not.toBe('update_task');
    expect((await ask('nobody has to be on the domain renewal now, unassign it')).write).toEqual([
      'update_task',
      { task_id: 'd', changes: { assignee_id: null } },
    ]);
    expect((await ask('add "Order toner" to my tasks and assign it to sam')).write).toEqual([
      'create_task',
      { title: 'Order toner', assignee_id: 'sam' },
    ]);
    // a quoted title is kept as typed
    expect((await ask('can you add a todo "call the bank"')).write).toEqual(['create_task', { title: 'call the bank' }]);
  });
  it('leaves a stage of the pipeline renamed to the other rules, not a task whose title holds its name', () => {
    expect(wantsTaskChange(turn('rename the Proposal stage to "Offer sent"'))).toBe(false);
    expect(wantsTaskChange(turn('rename the proposal task to "Offer sent"'))).toBe(true);
  });
  it('reads "make it due …" after a new task as a new day for it, and "what have I already done" as the finished list', async () => {
    const created = [
      { query: 'add a task "Check the lease"', response: 'Create the task "Check the lease".', created_at: new Date().toISOString() },
    ];
    expect((await ask('make it due tomorrow', created)).write).toEqual([
      'update_task',
      { task_id: 'l', changes: { due_on: '2026-12-08' } },
    ]);
    expect(wantsTaskList(turn('what have we already finished'))).toBe(true);
    expect((await ask('what did we already finish')).calls.list_tasks?.[0]).toMatchObject({ status: 'completed' });
  });
  it('answers whose job a task is', async () => {
    expect(wantsTaskQuestion(turn("who's doing the domain renewal?"))).toBe(true);
    expect(wantsTaskQuestion(turn('who is on a retainer with us?'))).toBe(false);
    expect((await ask('who is handling the domain renewal?')).response).toContain('Sam Lee');
    expect((await ask('whose job is checking the lease?')).response).toContain('Nobody is assigned');
  });
});

describe('a task given a due date', () => {
  it('reads "give <task> a due date / deadline" as a new day for that task', () => {
    expect(taskAction('give the lease check a deadline of friday')).toBe('move');
    expect(taskAction('give the undated task a due date of tomorrow')).toBe('move');
    expect(taskAction('please give the business cards todo a new due date next monday')).toBe('move');
    // giving someone a task is not a day for it
    expect(taskAction('give sam the lease check')).toBeUndefined();
  });
});

describe('a task asked for as a need, and a title in single quotation marks', () => {
  const daniel = stubContact('Daniel', 'Osei', { id: 'osei', company: 'Osei Architects' });
  const ask = stubEngine({
    contacts: (text) => (/osei/i.test(text) ? [daniel] : []),
    reads: { list_members: { members: TEAM }, list_tasks: { total: 0, tasks: [] } },
  });
  it('reads "I need a task to …" and "we want a reminder to …" as a new task, not the list', async () => {
    expect(opensNewTask(turn('i need a task to chase Daniel Osei about the drawings in a week'))).toBe(true);
    expect((await ask('i need a task to chase Daniel Osei about the drawings in a week')).write).toEqual([
      'create_task',
      { title: 'Chase Daniel Osei about the drawings', due_on: '2026-12-14', contact_id: 'osei' },
    ]);
    expect((await ask('we want a reminder to order toner tomorrow')).write).toEqual([
      'create_task',
      { title: 'Order toner', due_on: '2026-12-08' },
    ]);
    // a need of something else is no task
    expect(opensNewTask(turn('i need a new quote for amara'))).toBe(false);
  });
  it('keeps a title in single quotation marks as typed, without its marks', async () => {
    expect((await ask("can you create a task 'prepare the Nordwerk invoice' and assign it to me")).write).toEqual([
      'create_task',
      { title: 'prepare the Nordwerk invoice', assignee_id: 'me' },
    ]);
  });
});
