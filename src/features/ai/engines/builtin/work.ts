// Over 400 lines on purpose: every task request (new, list, change, delete, assign, questions) and the team questions share one set of title and member matchers.
import { parseDue } from '@/lib/time';
import type { EngineAnswer } from '../types';
import { findDate, findPeriod, findUpcoming } from './dates';
import { titleCase } from './mentions';
import { fold, oneTypoFrom, stem, wordSimilarity, words } from './text';
import { answer, askBack, link, propose, type Turn, whichOne } from './turn';

/** Tasks: what is due, new tasks, and changes to them (done, priority, date, delete, who does it). */

interface TaskOut {
  id: string;
  title: string;
  due_date: string | null;
  due_on?: string | null;
  status: string;
  priority: string;
  contact_name: string | null;
  assignee_name?: string | null;
  url: string;
}

const TASK_WORDS = ['task', 'tasks', 'todo', 'todos', 'to-do', 'reminder', 'reminders'];

function dueLabel(t: Pick<TaskOut, 'due_date' | 'due_on'>, turn: Turn): string {
  const dayFormat = { weekday: 'short', day: 'numeric', month: 'short' } as const;
  // a whole-day task is that calendar day, whatever the zone
  if (t.due_on)
    return `due ${new Intl.DateTimeFormat('en-GB', { ...dayFormat, timeZone: 'UTC' }).format(new Date(`${t.due_on}T00:00:00Z`))}`;
  if (!t.due_date) return 'no due date';
  const d = new Date(t.due_date);
  const tz = turn.req.user.time_zone;
  const day = new Intl.DateTimeFormat('en-GB', { ...dayFormat, timeZone: tz }).format(d);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit' }).format(d);
  return `due ${day} ${time}`;
}

function taskLine(t: TaskOut, turn: Turn): string {
  const bits = [
    dueLabel(t, turn),
    t.priority === 'high' ? 'high priority' : null,
    t.contact_name,
    t.assignee_name ? `assigned to ${t.assignee_name}` : null,
  ].filter(Boolean);
  return `${link(t.title, t.url)} (${bits.join(', ')})`;
}

/** Priority words typed with their letters swapped ("lwo", "hihg", "meduim") read as themselves. */
export function levelTypos(text: string): string {
  const sorted = (w: string) => [...w].sort().join('');
  return text.replace(
    /\b\p{L}{3,6}\b/gu,
    (w) => ['high', 'low', 'medium'].find((k) => sorted(k) === sorted(w.toLowerCase()) && w[0]!.toLowerCase() === k[0]) ?? w,
  );
}

function priorityIn(text: string): 'high' | 'medium' | 'low' | undefined {
  const t = fold(text);
  if (/\b(urgent|asap|important|high[- ]priority|priority (is )?high|top priority|critical|high prio)\b/.test(t)) return 'high';
  if (/\b(low[- ]priority|priority (is )?low|no rush|whenever|someday|not urgent|low prio)\b/.test(t)) return 'low';
  if (/\b(medium|normal)[- ]priority|priority (is )?(medium|normal)\b/.test(t)) return 'medium';
  return undefined;
}

/** A date said without a time is a whole day (`due_on`); with a time, that moment (`due_date`). */
function dueArgs(turn: Turn, found: { date: string; time?: string }): { due_on: string } | { due_date: string } {
  const due = parseDue({ day: found.date, time: found.time }, turn.req.user);
  if (due.ok && due.value.due_on) return { due_on: due.value.due_on };
  if (due.ok && due.value.due_date) return { due_date: due.value.due_date };
  return { due_on: found.date };
}

// ---------------------------------------------------------------------------

/**
 * How people open a new task: "remind me to", "don't let me forget to", "add a (low priority) task:",
 * "put a reminder in for today to", "make me a to-do for monday to", "new todo", "task:".
 */
const NEW_TASK =
  /^(?:(?:please|pls|can you|could you)\s+)?(?:remind me to|remind me|remember to|don'?t (?:let me )?forget (?:to|that i (?:need|have) to)|make sure (?:i|we)|note to self:?|i need to|i have to|(?:i|we) (?:must|should|gotta|(?:'ve|’ve|have) got to|need to|have to)|(?:add|create|make|put|set(?: up)?|schedule|open|log|jot down|write down|note down|pop|stick)\s+(?:me\s+|us\s+)?(?:(?:a|an|one|another)\s+)?(?:new\s+)?(?:(?!(?:the|this|that|it|my|our|his|her|their)\b)[\w-]+\s+){0,2}?(?:task|todo|to-do|to do|reminder)(?:\s+in)?(?:\s+to)?|(?:i|we) (?:need|want|would like|'d like|’d like) (?:a|an|one|another) (?:new\s+)?(?:task|todo|to-do|to do|reminder)(?:\s+to)?|new (?:task|todo|to-do|to do|reminder)|todo|to-do|task)\b\s*[:,-]?\s*/i;

/** A task written as "<when> - <what>" ("tomorrow 15:00 - dentist", "friday: call the bank"). */
function datedNote(turn: Turn): boolean {
  const m = /^(.{3,40}?)\s*(?:\s-\s|:\s)\s*(.{2,})$/.exec(turn.text);
  if (!m) return false;
  const when = findDate(m[1]!, new Date(), turn.req.user.time_zone);
  return Boolean(when && when.text.trim().length >= m[1]!.trim().length - 2);
}

/** Requests that open like a new task whatever follows ("add a task to send Sofia the revised quote"). */
export function opensNewTask(turn: Turn): boolean {
  // "remind me tomorrow to chase Beacon for the signed PO": a day, then the task
  const remindWhen = /^remind me\s+(.{3,40}?)\s+to\s+\S/i.exec(turn.text);
  if (remindWhen && findDate(remindWhen[1]!, new Date(), turn.req.user.time_zone)) return true;
  return (
    GIVE_TASK.test(turn.text) ||
    addsQuotedTask(turn) ||
    // "sam should check the printer contract by friday, put it on his list": the request after what to do
    TRAILING_TASK.test(turn.text) ||
    (NEW_TASK.test(turn.text) &&
      // "remind me what amara does" is a question; "remind me to chase amara about the signed contract" is a task, whatever it names
      !/^(?:(?:i|we) (?:need to|have to|must|should|gotta|(?:'ve|’ve|have) got to)|remind me(?!\s+to\b))\b/i.test(turn.text))
  );
}

/** "… to my to-do list", "… on my list": where a new task goes. */
const ON_MY_LIST = /\s+(?:to|on|onto|in)\s+(?:my|the|our)\s+(?:(?:(?:to-?do|todo|task)s?\s+)?list|tasks|todos|to-?dos)\b/i;

/** "high priority: file the VAT return", "urgent - call the bank": a priority, then the task. */
const PRIORITY_OPENER =
  /^(?:(?:high|low|medium|top|normal)[- ]priority|urgent|important|asap|low prio|high prio)(?:\s+(?:task|todo|to-do|reminder))?\s*(?::|\s-\s|,)\s*(?=\S)/i;
/** A priority said with the task ("it's urgent", "high priority"): read by priorityIn, no part of the title. */
const PRIORITY_SAID =
  /\b(?:it'?s |this is |mark it |make it |as |with )?(?:urgent|asap|important|high[- ]priority|low[- ]priority|medium[- ]priority|no rush|top priority)\b/gi;
/** "… - make a task", "…, add it as a todo", "… (put that on my list)": the request comes after what to do. */
const TRAILING_TASK =
  /\s*(?:[-–,;:.(]\s*|\s+)(?:please\s+|pls\s+|can you\s+|could you\s+)?(?:(?:make|add|create|put|set up|log|open|save)\s+(?:(?:it|that|this)\s+)?(?:as\s+)?(?:a\s+|an\s+|one\s+)?(?:new\s+)?(?:task|todo|to-do|reminder)(?:\s+(?:for|of|about)\s+(?:it|that|this|him|her|them|me|us))?|(?:put|add|stick|pop)\s+(?:it|that|this)\s+(?:on|to|onto)\s+(?:his|her|their)\s+(?:(?:to-?do|todo|task)s?\s+)?list)(?:\s+(?:please|pls))?[\s.!)]*$/i;
/** "Sam needs to update the footer", "Vera has to call the bank": the member who does it, then the task. */
const MEMBER_MUST =
  /^([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*)?)\s+(?:needs to|has to|must|should|is to|will|ought to|is going to)\s+(.+)$/iu;

/** "schedule a call with Grace for thursday", "book a meeting with Lukas": the only thing the app schedules is a task. */
const SCHEDULE =
  /^(?:schedule|book|arrange|plan|set up)\s+(?:a|an|the)\s+(?:call|meeting|catch-?up|follow-?up|chat|visit|review|check-?in)\b/i;
/** "give Sam a task: order new toner", "hand olivia a todo to call the bank": a new task for that member. */
const GIVE_TASK =
  /^(?:give|hand|set|assign)\s+([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*)?)\s+(?:a|an|one|another)\s+(?:new\s+)?(?:(?:high|low|medium|urgent|quick|small)[- ]?(?:priority\s+)?)?(?:task|todo|to-do|job)\b\s*(?::|,|\s-\s|\bto\b)?\s*(?=\S)/iu;
/** "add one to water the plants", "and another: …" right after a list of tasks: a new task. */
const ADD_ONE =
  /^(?:(?:and|also|then)\s+)?(?:add|create|make|put in|set up)\s+(?:one more|another(?: one)?|a new one|one)\b\s*(?::|-|\bto\b)?\s*/i;
/** "…, link it to his contact", "and attach it to Grace": where the task belongs, not part of its title. */
const LINK_CLAUSE =
  /\s*(?:[,;]|\s[-–]\s|\s+and\b)\s*(?:please\s+)?(?:link|attach|connect|tie|associate|file|add)\s+(?:it|this|that|the task|the todo)\s+(?:to|with|under)\s+(.+?)\s*[.!]*$/i;
/** "…, and assign it to me", "- give it to Sam": who does the new task, said after it. */
const ASSIGN_CLAUSE =
  /\s*(?:[,;]|\s[-–]\s|\s+and\b)\s*(?:please\s+)?(?:assign|give|hand)\s+(?:it|this|that|the task|the todo)\s+to\s+(.+?)\s*[.!]*$/i;
/** "remind sam to renew the domain": a task for that member. */
const REMIND_SOMEONE = /^remind\s+(?!me\b|us\b|myself\b)([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*)?)\s+(?:to|about)\s+(.+)$/iu;

/** "pls add "Send Grace the menu mockups" for wednesday", "add "Renew the van insurance"": a quoted title, maybe a day, nothing else. */
const QUOTED_ADD = /^(?:(?:please|pls|can you|could you)\s+)?(?:add|create|put in|set up|schedule)\s+["“][^"”]{2,200}["”]\s*(.*)$/i;
function addsQuotedTask(turn: Turn): boolean {
  const m = QUOTED_ADD.exec(turn.text.replace(LINK_CLAUSE, ''));
  if (!m) return false;
  const after = m[1]!.replace(/[\s.!?]+$/, '').trim();
  if (!after) return true;
  const when = /^(?:for|on|by|due|before)\s+(.+)$/i.exec(after);
  const day = when ? findDate(when[1]!, new Date(), turn.req.user.time_zone) : undefined;
  return Boolean(day && day.text.trim().length >= when![1]!.trim().length - 2);
}

/** The last answer listed tasks (so "add one …" is another task). */
function listedTasks(turn: Turn): boolean {
  const last = turn.req.history?.at(-1);
  return Boolean(last && /\]\(\/tasks\)/.test(last.response));
}

export function wantsNewTask(turn: Turn): boolean {
  return (
    NEW_TASK.test(turn.text) ||
    GIVE_TASK.test(turn.text) ||
    (ADD_ONE.test(turn.text) && listedTasks(turn)) ||
    SCHEDULE.test(turn.text) ||
    REMIND_SOMEONE.test(turn.text) ||
    PRIORITY_OPENER.test(turn.text) ||
    // a task word typed with a typo ("add a taks for him") is read by the shared reader (routing.ts fixWordTypos)
    TRAILING_TASK.test(turn.text) ||
    // "add …/new … task", but not "rename the cards todo to "Order new cards""
    (turn.has('add', 'create', 'new', 'schedule') && turn.has(...TASK_WORDS) && !taskAction(turn.w.join(' '))) ||
    (/^(add|put|stick|pop|write)\b/i.test(turn.text) && ON_MY_LIST.test(turn.text)) ||
    datedNote(turn)
  );
}

export async function newTask(turn: Turn): Promise<EngineAnswer> {
  // "give Sam a task: …": that member does it
  const given = GIVE_TASK.exec(turn.text);
  // "what is sam working on? and give him a new task …": "him" is the member the conversation was about
  const givenTo = given
    ? /^(?:him|her|them)$/i.test(given[1]!)
      ? await memberFromHistory(turn)
      : (await memberIn(turn, given[1]!)).member
    : undefined;
  // "…, link it to his contact": the contact it belongs to, said apart from the title
  const link = LINK_CLAUSE.exec(turn.text);
  const linkTo =
    link &&
    !/^(?:his|her|him|them|their|its|the|that|this)\b(?:\s+(?:contact|record|card|profile|file|client|customer))?$/i.test(link[1]!) &&
    // "…, add it to my tasks": the list it goes on, not a contact
    !/^(?:my|the|our)\s+(?:(?:to-?do|todo|task)s?\s+)?(?:tasks?|todos?|to-?dos?|list|reminders?)$/i.test(link[1]!)
      ? link[1]
      : undefined;
  const assignTo = ASSIGN_CLAUSE.exec(turn.text);
  let title = turn.text
    .replace(ASSIGN_CLAUSE, '')
    .replace(LINK_CLAUSE, '')
    .replace(given ? GIVE_TASK : /^\b$/, '')
    .replace(listedTasks(turn) ? ADD_ONE : /^\b$/, '')
    .replace(TRAILING_TASK, '')
    .replace(PRIORITY_OPENER, '')
    .replace(NEW_TASK, '')
    .replace(/[?!.]+$/, '');
  if (SCHEDULE.test(title)) title = title.replace(/^(?:schedule|book|arrange|plan|set up)\s+(?:a|an|the)\s+/i, '');
  // "remind sam to renew the domain": a task for that member
  const remind = REMIND_SOMEONE.exec(title);
  let reminded: string | undefined;
  if (remind) {
    const who = await memberIn(turn, remind[1]!);
    if (who.member) {
      reminded = who.member.user_id;
      title = remind[2]!;
    }
  }
  // "add call the bank to my to-do list": the verb before and the list after are not the task
  if (ON_MY_LIST.test(title)) title = title.replace(ON_MY_LIST, ' ').replace(/^(?:add|put|stick|pop|write)\s+/i, '');
  // "add a todo for sofia: send the moodboard": the person before the first colon or dash, the task after it
  const forWhom = /^for\s+([^:]{2,60}?)(?::|\s-\s)\s*(.+)$/i.exec(title);
  // "give Amara a task: …" names a contact, not a member: the task is for her
  let whoText: string | undefined = given && !givenTo ? given[1] : undefined;
  // "a task for Sam to update the price list", "todo for sam: fix the printer": a member of the team does it
  let assignee: string | undefined =
    reminded ?? givenTo?.user_id ?? (assignTo ? (await memberIn(turn, assignTo[1]!)).member?.user_id : undefined);
  // "add a to-do for tomorrow: …", "task for next tuesday, high priority: …": a day (and a priority), not a person
  const forWhen = forWhom?.[1]!
    .replace(PRIORITY_SAID, ' ')
    .replace(/[\s,;]+$/, '')
    .trim();
  const forDay = forWhen ? findDate(forWhen, new Date(), turn.req.user.time_zone) : undefined;
  if (forWhom && forDay && forDay.text.trim().length >= forWhen!.length - 3) {
    title = `${forWhom[2]!} ${forWhom[1]!}`;
  } else if (forWhom) {
    const member = /^(?:me|myself)$/i.test(forWhom[1]!.trim()) ? undefined : (await memberIn(turn, forWhom[1]!)).member;
    if (member) assignee = member.user_id;
    else whoText = forWhom[1];
    title = forWhom[2]!;
  }
  // "Draft the Acme proposal (for Acme, due in 5 days)": who it is for and when, said in brackets after the title
  const aside = /\s*\(\s*((?:for|due|by|on)\b[^()]{1,80}?)\s*\)\s*[.!]*$/i.exec(title);
  if (aside) {
    const asideFor = /^for\s+([^,;]{2,60}?)\s*(?:[,;]\s*|$)/i.exec(aside[1]!);
    title = `${title.slice(0, aside.index)} ${aside[1]!.slice(asideFor?.[0].length ?? 0)}`;
    if (asideFor) {
      const member = assignee ? undefined : (await memberIn(turn, asideFor[1]!)).member;
      if (member) assignee = member.user_id;
      else whoText ??= asideFor[1];
    }
  }
  // "Sam needs to update the website footer by friday - make a task": the member first
  const must = assignee ? null : MEMBER_MUST.exec(title);
  if (must && !/^(?:i|we|you|he|she|they|it|this|that|someone|somebody)$/i.test(must[1]!)) {
    const who = await memberIn(turn, must[1]!);
    if (who.member) {
      assignee = who.member.user_id;
      title = must[2]!;
    }
  }
  const forMember = /^for\s+([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*)?)\s+to\s+(.+)$/iu.exec(title);
  if (
    forMember &&
    !/^(?:me|myself|today|tomorrow|tonight|next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(forMember[1]!)
  ) {
    const who = await memberIn(turn, forMember[1]!);
    if (who.member) {
      assignee = who.member.user_id;
      title = forMember[2]!;
    }
  }
  // "tomorrow 15:00 - dentist": the day before the dash, the task after it
  if (!NEW_TASK.test(turn.text) && datedNote(turn)) title = turn.text;
  const quotedTitle = /["“]([^"”]{2,200})["”]/.exec(title)?.[1];
  const when = findDate(title, new Date(), turn.req.user.time_zone);
  if (when) title = title.replace(when.text, ' ');
  title = title
    .replace(PRIORITY_SAID, ' ')
    .replace(/\b(?:due|by|on|at|before|until|for)\s*$/i, ' ')
    // "…, it's due in 3 days": the day is read, the words that introduced it are no part of the title
    .replace(/[,;]?\s*(?:it(?:'|’)?s|it is|its|which is|that(?:'|’)?s|that is)\s*(?:due|needed|wanted)?\s*$/i, ' ')
    .replace(/\s+(?:due|by|on|at|before)\s+(?=[,.]|$)/gi, ' ')
    .replace(/\s*[,;.!]+\s*$/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/^\s*[-:,]\s*/, '')
    .replace(/^\s*(?:for\s+)?(?:to|that|about)\s+/i, '')
    .replace(/\s*,\s*$/, '')
    .replace(/[?!.]+$/, '')
    .trim();
  if (quotedTitle) title = quotedTitle;
  if (!title) return askBack('What should the task be? For example: "remind me to call Amara tomorrow".');
  // a quoted title is the user's own wording, kept as typed
  if (!quotedTitle) title = title[0]!.toUpperCase() + title.slice(1);
  const args: Record<string, unknown> = { title };
  if (assignee) args.assignee_id = assignee;
  if (when) Object.assign(args, dueArgs(turn, when));
  const priority = priorityIn(turn.text);
  if (priority) args.priority = priority;
  const found = await turn.contactIn(linkTo ?? whoText ?? title);
  // "remind me to call daniel tomorrow" with two Daniels: which one the task is for
  const typedWords = words(whoText ?? title);
  if (!found.contact && found.ambiguous.length > 1 && found.ambiguous.every((c) => typedWords.includes(fold(c.first_name)))) {
    return whichOne(found.ambiguous);
  }
  if (found.contact) {
    args.contact_id = found.contact.id;
    // "call amara" → "Call Amara"
    for (const part of [found.contact.first_name, found.contact.last_name]) {
      if (part) title = title.replace(new RegExp(`\\b${part.normalize('NFD').replace(/\p{Diacritic}/gu, '')}\\b`, 'iu'), part);
    }
    args.title = title;
  }
  return propose(turn, 'create_task', args);
}

// ---------------------------------------------------------------------------

/** Words of the other features: a question with one of them is not about tasks ("what's due this week" is, "which invoices are due" is not). */
const NOT_TASKS =
  /\b(invoices?|inv|quotes?|deals?|pipeline|spend|spent|earn|earned|income|expenses?|hours|logged|timer|paid|pay|owe|owes|owed|money|transactions?|payments?|revenue|bills?|billed|recurring|categor\w*|balance|contacts?|leads?|customers?|clients?)\b/;
/** A day or a stretch of days ahead, as a question about what is on names it. */
const DAYS_AHEAD =
  /\b(today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|this week|next week|fortnight|next \d+ days|coming week|week ahead|rest of the week)\b/;
/** How questions about the list open: "what's on for tomorrow?", "anything for friday", "show me everything due today". */
const ASKS =
  /^(what|whats|which|anything|any|is there|are there|show|list|give|tell|do i have|have i got|what have i got|whats on|everything)\b/;

export function wantsTaskList(turn: Turn): boolean {
  const t = turn.w.join(' ');
  if (turn.has('invoice', 'invoices', 'spend', 'spent', 'income', 'expense', 'expenses')) return false;
  const other = NOT_TASKS.test(t);
  return (
    // "have I missed any deadlines?", "which deadlines are coming up"
    (/\bdeadlines?\b/.test(t) && !other) ||
    // "what's on for tomorrow?", "anything for friday?", "show me everything due today"
    (ASKS.test(t) &&
      DAYS_AHEAD.test(t) &&
      !other &&
      !/\b(weather|news|rate|rates|price|prices|exchange|forecast|stock|stocks|temperature)\b/.test(t) &&
      !/\b(will|would)\b.*\bbe\b/.test(t)) ||
    (ASKS.test(t) && /\bdue\b/.test(t) && !other) ||
    // "whats pending for amara", "what am I doing for lukas", "what's left to do for nordwerk"
    (/^(what|whats|anything|is there|any|show|list|do (?:i|we) have|have (?:i|we) got|got)\b.*\b(pending|left to do|left|to do|outstanding|open)\b.*\b(for|with|on)\b/.test(
      t,
    ) &&
      !other) ||
    /\bwhat (am i|are we|is \w+|are \w+) (doing|working on|on) for\b/.test(t) ||
    // "what's urgent?", "anything important?": the high-priority ones
    /^(what|whats|what is|anything|is anything|any|is there anything) (urgent|important|high priority|pressing)\b/.test(t) ||
    // "what's coming up?", "what needs doing", "what's next on my list"
    (/\b(coming up|upcoming|next up|needs? doing|need to get done|to be done|on my (to ?do |todo )?list|on the list|on my plate)\b/.test(
      t,
    ) &&
      !other &&
      /^(what|whats|which|anything|any|show|list|give|tell|is there|are there|do i|have i)\b/.test(t)) ||
    // "what's sam got on?", "what does olivia have to do"
    (/^what (is |s |has |does )?\w+(?: \w+)? (got|have) (on|to do|left|planned)\b/.test(t) && !other) ||
    // "what is sam working on?", "what's olivia busy with"
    (/^what (?:(?:is|s|are) )?\w+(?: \w+)? (working on|busy with|handling|doing)\b/.test(t) && !other) ||
    // "show everything assigned to Sam", "is there anything assigned to sam lee"
    ((ASKS.test(t) || /^everything\b/.test(t)) && /\b(assigned|given|handed|delegated) to\b/.test(t) && !other) ||
    /\bwhat (?:did|have|has) (?:i|we|\w+) (?:get|got|gotten) (?:done|finished|completed)\b/.test(t) ||
    // "have I finished anything lately?", "did we complete anything this week": the finished tasks
    /^(?:have|did|has) (?:i|we|\w+) (?:finished|completed|finish|complete|done|ticked off|checked off|got done|gotten done) (?:anything|something|much|any tasks?|any todos?)\b/.test(
      t,
    ) ||
    // "urgent stuff? only the high-priority ones", "important things for this week"
    (/\b(urgent|important|pressing|high[- ]priority|top priority)\b/.test(t) &&
      /\b(stuff|things|ones|items|tasks|todos)\b/.test(t) &&
      !/^(add|create|make|new|put|set|mark|move|delete|remove)\b/.test(t) &&
      !other) ||
    (turn.has(...TASK_WORDS) && !turn.has('add', 'create', 'new', 'delete', 'remove', 'mark', 'complete', 'move')) ||
    /\b(what|whats|what is|anything|what do i have|what have i got) (due|on my plate|on today|for today|for tomorrow|planned|scheduled)\b/.test(
      t,
    ) ||
    /^(due|overdue) (today|tomorrow|this week|next week)\b/.test(t) ||
    /^(anything|something|what|whats|what is|is anything|is something) (overdue|late|due)\b/.test(t) ||
    /\bwhat (do i have|should i do|is on)\b/.test(t) ||
    /\bwhat (am i|are we) (supposed|meant|expected|going|planning) to do\b/.test(t) ||
    /\bwhat (have i|have we|do i have|do we have|is there|s there) (got )?(that s |that is |thats )?(high|low|medium|urgent)\b/.test(t) ||
    (/\b(high|low|medium)[- ]priority\b/.test(t) && /^(what|which|show|list|any|give|my|all)\b/.test(t)) ||
    // "what have I already completed", "what did we just finish"
    /\bwhat (i|we|have i|did i|have we|did we)( already| just| recently| actually)? (finished|finish|completed|complete|done|did|ticked off|checked off|crossed off)\b/.test(
      t,
    ) ||
    /\bwhat (do|should|must) (i|we) (need|have|got) to do\b/.test(t) ||
    /\bto do (today|tomorrow|this week|next week)\b/.test(t) ||
    /\b(my agenda|my day|my week)\b/.test(t) ||
    // "what did I give Sam to do?", "which jobs have I handed to Olivia": what was given to a member
    (/^(what|which|anything)\b.*\b(did|have|has) (i|we) (give|gave|given|hand|handed|assign|assigned|delegate|delegated)\b/.test(t) &&
      !other) ||
    // "what's already been done?", "which ones are finished", "anything completed yet?"
    (/^(what|whats|which|anything|show|list)\b.*\b(been|got|gotten|are|is|s|were|was) (already )?(done|completed|finished|ticked off|checked off)\b|^(anything|any tasks?|any todos?) (already |been )*(done|completed|finished|ticked off)\b/.test(
      t,
    ) &&
      !other) ||
    // "when am I supposed to call grace?", "when do I have to send the report": when a task of mine is due
    (/^when (am|are|do|should|must|have|was|were) (i|we) (\w+ )?(to )?(call|email|ring|phone|meet|see|visit|send|contact|follow up|finish|do|renew|check|order|prepare|chase|pay)\b/.test(
      t,
    ) &&
      !/\b(invoices?|quotes?|deals?|bills?|paid|owe)\b/.test(t))
  );
}

/**
 * "what do I still owe amara, task-wise?", "anything for lukas in terms of to-dos?": a question that names the task list as
 * its domain, whatever other words it uses (read before the money and invoice rules that "owe" would lead to).
 */
export function namesTaskDomain(turn: Turn): boolean {
  const t = turn.folded;
  return (
    /\b(?:task|todo|to-?do)s?[- ]?wise\b|\bin terms of (?:tasks|todos|to-?dos)\b|\bon the (?:task|todo|to-?do) (?:front|side)\b/.test(t) &&
    !/^(?:add|create|make|new|put|delete|remove|mark|move|set|change|assign)\b/.test(t)
  );
}

/** "ticked off", "crossed off", "closed": the finished tasks ("not done" is the open ones). */
const FINISHED =
  /\b(completed|finished|done|ticked off|checked off|crossed off|closed|complete)\b|\bdid (?:i|we) (?:already |just )?(?:finish|complete)\b/;
/** "tasks without a due date", "undated todos", "which tasks have no deadline". */
const NO_DUE =
  /\b(without|no|missing|lacking|never|not (?:have|got|given|set)|(?:dont|doesnt|don t|doesn t|do not|does not) have|(?:haven ?t|hasn ?t|havent|hasnt|have not|has not) (?:got|been given|a|any)?)\b(?: an?| any)?(?: set| fixed)?(?: due)? (date|dates|deadline|deadlines|due date|due dates|due day)\b|\bundated\b|\bno due\b/;
/** "unassigned", "tasks I haven't given to anyone", "nobody is on", "not assigned to anyone". */
const UNASSIGNED =
  /\bunassigned\b|\b(not|haven ?t|hasn ?t|havent|hasnt|isn ?t|aren ?t|never)\b.*\b(assigned|given|give|handed|delegated)\b|\b(assigned|given|handed) to (nobody|no one|noone|anyone)\b|\b(nobody|no one|noone) (is |s )?(on|assigned|doing|has)\b/;

/** Words that name a role, never a member here ("Vera Viewer" is not every viewer). */
const ROLE_WORDS = /^(admin|admins|owner|owners|viewer|viewers|member|members|user|users|team|role|roles)$/;

/** The member a list question names as the one doing the tasks ("assigned to Sam", "which tasks is sam on", "my tasks" is not one). */
async function assigneeIn(turn: Turn): Promise<{ id: string; name: string } | undefined> {
  const t = turn.w.join(' ');
  if (/\b(assigned|given|handed|delegated) to (me|myself)\b|\b(are|is) mine\b/.test(t)) {
    return { id: 'me', name: 'you' };
  }
  const typed = words(turn.text).filter((w) => w.length >= 3 && !ROLE_WORDS.test(w));
  if (typed.length === 0) return undefined;
  const { members } = await turn.read<{ members: MemberOut[] }>('list_members', {});
  const named = members.filter(
    (m) =>
      !m.you &&
      // a short name only as typed ("same" is not Sam)
      words(m.name).some(
        (n) =>
          n.length >= 3 &&
          !ROLE_WORDS.test(n) &&
          typed.some((w) => (n.length <= 4 ? w === n || w === `${n}s` : wordSimilarity(w, n) >= 0.85)),
      ),
  );
  return named.length === 1 ? { id: named[0]!.user_id, name: named[0]!.name } : undefined;
}

export async function listTasks(turn: Turn): Promise<EngineAnswer> {
  const args: Record<string, unknown> = { limit: 50 };
  const t = turn.w.join(' ');
  const completed = FINISHED.test(t) && !/\b(not|isn ?t|aren ?t|haven ?t|yet to be) (yet )?(done|completed|finished|complete)\b/.test(t);
  args.status = completed ? 'completed' : 'open';
  let scope = completed ? 'completed tasks' : 'open tasks';
  const undated = NO_DUE.test(t);
  const overdue =
    /\b(overdue|late|past due|behind|missed)\b/.test(t) ||
    /\bdeadlines?\b.*\b(passed|gone|blown|over)\b/.test(t) ||
    /\bpast (?:their|its|the|his|her|our|my) (?:due dates?|deadlines?|due)\b/.test(t);
  // "what have I got due tomorrow and is anything overdue", "overdue or due today": both lists, one after the other
  const also = overdue && /\b(?:and|or)\b/.test(t) ? await dueAndOverdue(turn, t) : undefined;
  if (also) return also;
  if (overdue) {
    args.overdue = true;
    scope = 'overdue tasks';
  } else if (undated) {
    scope += ' without a due date';
  } else {
    const today = turn.req.user.today;
    const period = findUpcoming(turn.text, today) ?? findPeriod(turn.text, today);
    const day = period
      ? undefined
      : /\b(today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|end of)\b/.test(t)
        ? findDate(turn.text, new Date(), turn.req.user.time_zone)
        : undefined;
    if (period) {
      args.due_from = period.from;
      args.due_to = period.to;
      scope += ` due ${period.label}`;
    } else if (
      day &&
      new RegExp(`\\b(?:by|before|until|till|no later than)\\s+${day.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(turn.text)
    ) {
      // "what's due by friday": everything until that day, the overdue ones too
      args.due_to = day.date;
      scope += ` due by ${day.text}`;
    } else if (day) {
      args.due_from = day.date;
      args.due_to = day.date;
      scope += ` due ${day.text}`;
    }
  }
  const priority = /\b(high|urgent|important)\b/.test(t) ? 'high' : /\blow\b/.test(t) && /priority/.test(t) ? 'low' : undefined;
  if (priority) {
    args.priority = priority;
    scope = `${priority}-priority ${scope}`;
  }
  if (UNASSIGNED.test(t)) {
    args.assignee = 'none';
    scope += ' assigned to nobody';
  } else {
    const member = await assigneeIn(turn);
    if (member) {
      args.assignee = member.id;
      scope += ` assigned to ${member.name}`;
    }
  }
  // "what have I got on for amara and for grace": the tasks of each contact named, one list after the other
  const several = !args.assignee && /\b(?:and|or)\b/.test(t) ? await turn.contactsIn() : [];
  if (several.length > 1) {
    const parts: string[] = [];
    for (const c of several) {
      const theirs = await turn.read<{ total: number; tasks: TaskOut[] }>('list_tasks', { ...args, contact_id: c.id });
      const who = link(c.name, c.url);
      parts.push(
        theirs.total === 0
          ? `You have no ${scope} for ${who}.`
          : `${theirs.total} ${theirs.total === 1 ? scope.replace('tasks', 'task') : scope} for ${who}:\n${theirs.tasks
              .slice(0, 10)
              .map((task) => `- ${taskLine(task, turn)}`)
              .join('\n')}`,
      );
    }
    return answer(parts.join('\n\n'));
  }
  const who = args.assignee && args.assignee !== 'me' ? { ambiguous: [] } : await turn.contactIn();
  if (who.ambiguous.length) return whichOne(who.ambiguous);
  if (who.contact) {
    args.contact_id = who.contact.id;
    scope += ` for ${link(who.contact.name, who.contact.url)}`;
  }
  if (undated) args.no_due_date = true;
  const { total, tasks } = await turn.read<{ total: number; tasks: TaskOut[] }>('list_tasks', args);
  if (total === 0) {
    // "any tasks linked to Kenji?": none open, but the finished ones are the answer
    if (who.contact && !completed) {
      args.status = 'completed';
      const done = await turn.read<{ total: number; tasks: TaskOut[] }>('list_tasks', args);
      if (done.total > 0) {
        const lines = done.tasks.slice(0, 10).map((task) => `- ${taskLine(task, turn)}, completed`);
        return answer(`You have no ${scope}; ${done.total} completed:\n${lines.join('\n')}`);
      }
    }
    return answer(`You have no ${scope}.`);
  }
  const shown = tasks.slice(0, 10).map((task) => `- ${taskLine(task, turn)}`);
  return answer(
    `You have ${total} ${total === 1 ? scope.replace('tasks', 'task') : scope}:\n${shown.join('\n')}${total > 10 ? `\n…and ${total - 10} more on the [Tasks page](/tasks).` : ''}`,
  );
}

/** "what's due tomorrow and is anything overdue?": the tasks of that day or period, then the overdue ones. */
async function dueAndOverdue(turn: Turn, t: string): Promise<EngineAnswer | undefined> {
  const today = turn.req.user.today;
  const period = findUpcoming(turn.text, today) ?? findPeriod(turn.text, today);
  const day = period
    ? { from: period.from, to: period.to, label: period.label }
    : /\b(today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week)\b/.test(t)
      ? (() => {
          const found = findDate(turn.text, new Date(), turn.req.user.time_zone);
          return found ? { from: found.date, to: found.date, label: found.text.trim() } : undefined;
        })()
      : undefined;
  if (!day) return undefined;
  const due = await turn.read<{ total: number; tasks: TaskOut[] }>('list_tasks', {
    status: 'open',
    due_from: day.from,
    due_to: day.to,
    limit: 50,
  });
  const late = await turn.read<{ total: number; tasks: TaskOut[] }>('list_tasks', { status: 'open', overdue: true, limit: 50 });
  const part = (total: number, tasks: TaskOut[], scope: string) =>
    total === 0
      ? `You have no ${scope}.`
      : `You have ${total} ${total === 1 ? scope.replace('tasks', 'task') : scope}:\n${tasks
          .slice(0, 10)
          .map((task) => `- ${taskLine(task, turn)}`)
          .join('\n')}`;
  return answer(`${part(due.total, due.tasks, `open tasks due ${day.label}`)}\n\n${part(late.total, late.tasks, 'overdue tasks')}`);
}

/** "did I finish the storyboard for kenji?", "have I sent Kenji the storyboard": a question about one task. */
/** "business cards - is that on my list?", "do I have a task about the lease?": whether a task exists. */
const ON_THE_LIST =
  /\b(on|in) (my|the|our) (to ?do |todo |task |tasks )?(list|tasks|todos|agenda)\b|^(do|have) (i|we) (have |got )?(a|any) (task|todo|to do|reminder)s? (to|for|about)\b|^is there (a|any) (task|todo|to do|reminder)s? (to|for|about)\b/;
/** "what's the priority of the retainer report task", "when is the domain renewal due": a field of one task. */
const TASK_FIELD_QUESTION = /^(what|whats|which|when|how)\b.*\b(priority|due date|deadline|due|status)\b/;

/**
 * "whose job is renewing the domain?", "who's doing the lease check": who a task is assigned to. ("who is on a retainer",
 * "who has …" ask about contacts or money, never this.)
 */
const WHO_DOES =
  /^(?:whose (?:job|task|turn|responsibility) is(?: it)?(?: to)?|who(?: is)? (?:doing|handling|responsible for|looking after|taking care of|assigned to)|who (?:will do|is going to do))\s+\S/;

export function wantsTaskQuestion(turn: Turn): boolean {
  // the words as typed: "sent" is not "spent" here
  const t = words(turn.text).join(' ');
  const named = words(turn.text).some((w) => TASK_WORDS.includes(w));
  if (NOT_TASKS.test(t) && !named) return false;
  if (WHO_DOES.test(t)) return true;
  // "is there anything in kenji's notes?" asks about a contact
  if (/\b(notes?|e-?mail|phone|number|address|company|position|job|title|role|status of (?:my )?(?:contact|client))\b/.test(t) && !named)
    return false;
  if (
    ON_THE_LIST.test(t) &&
    !/^(what|whats|which|show|list|give|anything|any|everything)\b/.test(t) &&
    (/\?\s*$/.test(turn.text) || /^(is|are|do|does|have|has|did)\b/.test(t) || /\b(is|are) (that|this|it)\b/.test(t))
  )
    return true;
  if (
    TASK_FIELD_QUESTION.test(t) &&
    !/^(what|whats|which) (is |s )?(due|overdue)\b/.test(t) &&
    !/\bwhat (do|does|did|have|has|am|are)\b/.test(t)
  )
    return true;
  return (
    /^(did|have|has|is|was) (i|we|sam|\w+) (already |ever |actually )?(\w+)\b/.test(t) &&
    !/\b(pay|paid|owe|owes|invoice|invoices|quote|quotes|deal|deals|hours|logged|spend|spent|earn|earned|timer)\b/.test(t)
  );
}

export async function taskQuestion(turn: Turn): Promise<EngineAnswer | undefined> {
  const t = words(turn.text).join(' ');
  const found = await taskIn(
    turn,
    turn.text.replace(/\b(on|in) (my|the|our) (to-?do |todo |task |tasks )?(list|tasks|todos|agenda)\b/gi, ' '),
    'any',
  );
  if (found.ambiguous.length && TASK_FIELD_QUESTION.test(t)) return whichTask(found.ambiguous);
  if (!found.task) {
    if (ON_THE_LIST.test(t) && found.ambiguous.length === 0) {
      return answer('No, I found no task like that on your list. Say "add a task: …" to add it.');
    }
    return undefined;
  }
  const task = found.task;
  if (WHO_DOES.test(t)) {
    return answer(
      task.assignee_name
        ? `${link(task.title, task.url)} is assigned to ${task.assignee_name} (${dueLabel(task, turn)}).`
        : `Nobody is assigned to ${link(task.title, task.url)} (${dueLabel(task, turn)}). Say “assign it to …” to give it to someone.`,
    );
  }
  if (/\bpriority\b/.test(t) && TASK_FIELD_QUESTION.test(t)) {
    return answer(`The task ${link(task.title, task.url)} is ${task.priority} priority (${dueLabel(task, turn)}).`);
  }
  if (/\b(due|deadline|due date|when)\b/.test(t) && TASK_FIELD_QUESTION.test(t)) {
    return answer(`The task ${link(task.title, task.url)} is ${dueLabel(task, turn)}${task.priority === 'high' ? ', high priority' : ''}.`);
  }
  const state =
    task.status === 'completed'
      ? 'is completed (done)'
      : task.status === 'cancelled'
        ? 'was cancelled'
        : task.status === 'in_progress'
          ? 'is in progress'
          : 'is still open';
  return answer(`The task ${taskLine(task, turn)} ${state}.`);
}

// ---------------------------------------------------------------------------

/** Words of a title or request for matching: hyphens split ("follow-up"), inflections stemmed ("renewal", "renewing" → "renew"). */
function titleWordsOf(text: string): string[] {
  return (
    words(text.replace(/-/g, ' '))
      // polite words name no task ("please" is not "lease")
      .filter(
        (w) =>
          w.length >= 3 && !['the', 'and', 'for', 'about', 'with', 'task', 'todo', 'that', 'this', 'please', 'pls', 'thanks'].includes(w),
      )
      .map(stem)
  );
}

/**
 * The task a text refers to by (part of) its title, typos and inflections tolerated: open tasks by
 * default; `'any'` looks at every task, an open one first when two score the same.
 */
async function taskIn(turn: Turn, text: string, status: 'open' | 'any' = 'open'): Promise<{ task?: TaskOut; ambiguous: TaskOut[] }> {
  const quoted = /["“]([^"”]{2,200})["”]/.exec(text)?.[1];
  // every task: the open ones, then the finished ones (the list's default leaves those out)
  const tasks =
    status === 'open'
      ? (await turn.read<{ tasks: TaskOut[] }>('list_tasks', { status, limit: 50 })).tasks
      : [
          ...(await turn.read<{ tasks: TaskOut[] }>('list_tasks', { status: 'open', limit: 50 })).tasks,
          ...(await turn.read<{ tasks: TaskOut[] }>('list_tasks', { status: 'completed', limit: 50 })).tasks,
        ];
  if (quoted) {
    const same = tasks.filter((t) => fold(t.title) === fold(quoted));
    if (same.length >= 1) return { task: same.find((t) => isOpen(t)) ?? same[0], ambiguous: [] };
  }
  const typed = titleWordsOf(text);
  const scored = tasks
    .map((task) => {
      const titleWords = titleWordsOf(task.title);
      const hits = titleWords.filter((tw) => typed.some((w) => wordSimilarity(w, tw) >= 0.85)).length;
      return { task, score: (titleWords.length ? hits / titleWords.length + hits / 100 : 0) + (isOpen(task) ? 0.001 : 0), hits };
    })
    .filter((s) => s.hits >= 1 && s.score >= 0.34)
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) return { ambiguous: [] };
  if (scored.length === 1 || scored[0]!.score - scored[1]!.score >= 0.15) return { task: scored[0]!.task, ambiguous: [] };
  return { ambiguous: scored.filter((s) => scored[0]!.score - s.score < 0.15).map((s) => s.task) };
}

const isOpen = (t: TaskOut) => t.status === 'pending' || t.status === 'in_progress';

const TASK_NOUN = String.raw`(?:task|todo|to-do|to do|reminder|one)`;
/** "the completed task", "the finished to-do": the one task in that state. */
const DONE_TASK = new RegExp(String.raw`\b(?:the|my|our)(?: only| one)? (?:completed|finished|done|ticked off) ${TASK_NOUN}\b`);
/** "the task that's due tomorrow", "the one due friday": the task due that day. */
const DUE_TASK = new RegExp(String.raw`\b${TASK_NOUN}s? (?:that ?s |that is |which is |thats )?due\b`);
/** "my task for amara", "the task for nordwerk", "the to-do about kenji": the task of that contact. */
const CONTACT_TASK = new RegExp(String.raw`\b${TASK_NOUN}s? (?:for|with|about|linked to|of)\s+(.+)$`);

/** The task a request names by its state, its due day or its contact, when it gives no title: that one, or which of them. */
async function taskDescribed(turn: Turn, t: string): Promise<{ task?: TaskOut; ambiguous: TaskOut[] }> {
  const only = (tasks: TaskOut[]) => (tasks.length === 1 ? { task: tasks[0], ambiguous: [] } : { ambiguous: tasks });
  const read = async (args: Record<string, unknown>) => (await turn.read<{ tasks: TaskOut[] }>('list_tasks', { ...args, limit: 50 })).tasks;
  if (DONE_TASK.test(t)) return only(await read({ status: 'completed' }));
  const when = DUE_TASK.test(t) ? findDate(turn.text, new Date(), turn.req.user.time_zone) : undefined;
  if (when) return only(await read({ status: 'open', due_from: when.date, due_to: when.date }));
  const forWhom = CONTACT_TASK.exec(t);
  if (forWhom) {
    const who = await turn.contactIn(forWhom[1]!);
    if (who.contact) return only(await read({ status: 'open', contact_id: who.contact.id }));
  }
  return { ambiguous: [] };
}

function whichTask(options: TaskOut[]): EngineAnswer {
  return askBack(
    `Which task do you mean: ${options
      .slice(0, 5)
      .map((t) => `“${t.title}”`)
      .join(', ')}?`,
  );
}

/** What a request does to a task, by its verb wherever it stands ("…, so delete that task"). */
type TaskAction = 'delete' | 'cancel' | 'reopen' | 'start' | 'move' | 'priority' | 'rename' | 'complete' | 'link';

const DELETE_VERBS =
  /\b(delete|remove|drop|trash|scratch|scrap|erase|bin|ditch|discard|kill|wipe|purge|clear out|clear away|get rid of|throw away|throw out|cross out|no longer needed|not needed|isn(?:\s|'|’)?t needed|no need for|don(?:\s|'|’)?t need|do not need)\b/;
/** "take "Prepare quarterly taxes" off my list (for good)": gone from the list, not done. */
const TAKE_OFF = /\b(take|strike|knock)\b.*\boff (my|the|our) (to ?do |todo |task )?(list|tasks|todos)\b/;
/** "the lease task should be called "…"", "call the taxes task "Q4 taxes" instead": a new title. */
const RENAMED =
  /\b(should|must|needs to|has to|can|will) be (called|named|renamed|titled)\b|\b(call|name|title) (it|that|this|the \w+ (task|todo))\b.*\binstead\b/;
const DONE =
  /\b(done|completed|complete|finished|finish|tick(?:ed)? (?:it |that |this )?off|check(?:ed)? (?:it |that |this )?off|cross(?:ed)? (?:it |that |this )?off|close|closed)\b/;
const MOVE =
  /^(move|postpone|push|reschedule|delay|bring forward|defer|put off)\b|\b(can wait|wait until|wait till|push (?:it|that|this) (?:back|out)|postpone|reschedule)\b|\b(now|make it|should be|is) due\b|^(?:make|set|have) (?:it|that|this|the \w.{0,80}?) due\b|\b(changed|moved|pushed|shifted|bumped) to (today|tomorrow|tonight|next|this|mon|tues|wednes|thurs|fri|satur|sun)|\bdue\b.*\b(instead|now|rather)\s*$|\bgive\b.{1,80}?\b(?:a|an|the|its|new)\s+(?:new\s+)?(?:due date|deadline|due day)\b/;

/** "(don't delete it)", "without removing it": a verb said not to be done. */
const NOT_DONE_VERB =
  /\b(?:don(?:'|’|\s)?t|do not|not|never|without|rather than|instead of|no need to)\s+(?:delete|deleting|remove|removing|drop|dropping|erase|erasing|trash|trashing|bin|binning)\b(?:\s+(?:it|that|this|them))?/g;
/** "change the taxes task title to …", "update the lease todo's name to …": a new title. */
const TITLE_TO = /^(?:change|set|update|edit|fix|correct|amend)\s+(.+?)\s+(?:title|name|wording)\s+(?:to|as|into|=|:)\s+(.+)$/i;

export function taskAction(t: string): TaskAction | undefined {
  if (/^(show|list|what|whats|which|any|how|did|have|has|is|are|do|does|when|who)\b/.test(t)) return undefined;
  t = t.replace(NOT_DONE_VERB, ' ');
  if (
    /^(?:rename|retitle|re-?title|re-?name)\b/.test(t) ||
    RENAMED.test(t) ||
    (TITLE_TO.test(t) && /\b(task|todo|to do|to-do|reminder)\b/.test(t))
  )
    return 'rename';
  if (DELETE_VERBS.test(t) || TAKE_OFF.test(t)) return 'delete';
  if (
    /^cancel\b/.test(t) ||
    /(?:^|\s)(?:so |just |please )?cancel (?:it|that|this|the)\b/.test(t) ||
    // "the lease task is cancelled, the landlord sold the building", "nevermind, mark it cancelled"
    /\b(?:is|s|was|has been|got|been|now) (?:now )?(?:cancelled|canceled|called off)\b/.test(t) ||
    /\b(?:mark|set|make) (?:it|that|this|the \w+(?: \w+)?)? ?(?:as )?(?:cancelled|canceled)\b/.test(t)
  )
    return 'cancel';
  if (/\b(reopen|re-open|re open|not done|undo (?:the )?complet\w*|back to (?:open|pending|to ?do))\b/.test(t)) return 'reopen';
  if (/\b(in progress|started on|start on|working on|begun|began)\b/.test(t)) return 'start';
  // "the business cards task is for Acme, link it to them": the contact a task belongs to
  // "link the lease task to Tomás Novák": the task named between the verb and "to"
  if (
    /\b(?:link|attach|connect|tie|associate)\s+(?:it|this|that|the task|the todo|them)?\s*(?:to|with)\b/.test(t) ||
    /^(?:link|attach|connect|associate)\s+(?:the|my|our)\s+(?:\w+\s+){0,4}?(?:task|todo|to do|to-do|reminder)\s+(?:to|with)\b/.test(t)
  )
    return 'link';
  if (MOVE.test(t)) return 'move';
  if (/\bpriority\b|\burgent\b/.test(t) && /^(make|set|change|mark|bump|raise|lower|put)\b/.test(t)) return 'priority';
  // "prioritise the taxes task", "deprioritize the cards"
  if (/^(?:de-?)?prioriti[sz]e\b/.test(t)) return 'priority';
  // "that one is urgent actually, high priority": one task said to be of a priority
  if (
    /\b(?:is|s) (?:now |actually |really |also )?(?:urgent|important|high priority|top priority|low priority|medium priority|not urgent)\b/.test(
      t,
    )
  )
    return 'priority';
  if (/^(tick off|check off|complete|finish|done with|i did|i've done|ive done|i finished|finished)\b/.test(t) || DONE.test(t))
    return 'complete';
  return undefined;
}

/** Objects that are not tasks: "delete the expense", "remove the Acme deal". */
const OTHER_OBJECTS =
  /\b(invoices?|inv|quotes?|deals?|contacts?|leads?|customers?|clients?|expenses?|transactions?|payments?|notes?|timer|entry|entries|recurring|members?|stages?|pipeline)\b/;

/** "lease check: due in 3 days", "retainer report - priority high": a task, then its new field. */
const FIELD_AFTER =
  /^(.{3,80}?)\s*(?::|\s[-–]\s)\s*(?:(?:set|change|make|move|push|lower|raise|bump|update)\s+(?:the\s+|its\s+)?(?=priority\b|due\b|deadline\b))?(?:(?:new\s+|the\s+)?(?:due(?:\s+date)?|deadline)\b|(?:high|low|medium)[- ]priority\b|priority\b)/i;
/** "due date of prepare quarterly taxes -> tomorrow", "priority for the lease check: high": the field, then the task, then its value. */
const FIELD_BEFORE =
  /^(?:(?:the|its|new)\s+)?(?:due(?:\s+date)?|deadline|priority)\s+(?:of|for|on)\s+(?:the\s+)?(.{3,80}?)\s*(?:->|=>|→|:|\s[-–]\s|\bto\b|\bis now\b|\bnow\b)\s*\S/i;

/** What a request does to a task: by its verb, or "<task>: due <when>" / "<task>: <priority>" said as a field. */
function actionOf(turn: Turn): TaskAction | undefined {
  const action = taskAction(turn.w.join(' '));
  if (action) return action;
  const field = FIELD_AFTER.exec(turn.text) ?? FIELD_BEFORE.exec(turn.text);
  if (!field) return undefined;
  return /priority/i.test(turn.text.replace(field[1]!, ' ')) && !/\bdue\b|\bdeadline\b/i.test(turn.text) ? 'priority' : 'move';
}

export function wantsTaskChange(turn: Turn): boolean {
  const t = turn.w.join(' ');
  if (turn.has('invoice', 'invoices', 'inv')) return false;
  const action = actionOf(turn);
  if (!action) return false;
  // delete, move, reopen…: a task when one is named or nothing else is ("remove the Acme deal" is not)
  return turn.has(...TASK_WORDS) || !OTHER_OBJECTS.test(t) || action === 'complete';
}

export async function changeTask(turn: Turn): Promise<EngineAnswer | undefined> {
  const t = turn.w.join(' ');
  const action = actionOf(turn);
  if (!action) return undefined;
  const field = taskAction(t) ? undefined : (FIELD_AFTER.exec(turn.text) ?? FIELD_BEFORE.exec(turn.text));
  const titled = action === 'rename' ? TITLE_TO.exec(turn.text) : null;
  const about = (field ? field[1]! : turn.text.replace(NOT_DONE_VERB, ' '))
    .replace(
      /^(mark|tick off|check off|complete|finish|close|done with|i did|i've done|ive done|i finished|finished|move|postpone|push|reschedule|delay|make|set|change|bump|raise|lower|delete|remove|drop|trash|scratch|erase|cancel|reopen|rename|retitle|re-title|re-name|clear out|clear away|prioriti[sz]e|de-?prioriti[sz]e|link|attach)\s+/i,
      '',
    )
    .replace(/\b(the )?(task|todo|to-do)\b/gi, ' ');
  // a deleted or reopened task may be finished already; a renamed one is named by its old title only
  const renamed =
    action === 'rename'
      ? (titled ??
        /^(.+?)\s+(?:should|must|needs to|has to|can|will)\s+be\s+(?:called|named|renamed(?:\s+to)?|titled)\s+(.+)$/i.exec(about) ??
        /^(.+?)\s+(?:to|as|into)\s+(.+)$/i.exec(about) ??
        // "retitle the lease task "Renew the office lease"": the new title quoted after the old one
        /^(.+?)\s+(["“][^"”]+["”])\s*$/.exec(about))
      : null;
  const status = action === 'delete' || action === 'reopen' || action === 'cancel' ? 'any' : 'open';
  // "move the taxes to the end of the month": the day said is no word of the title
  const daySaid = action === 'move' ? findDate(about, new Date(), turn.req.user.time_zone) : undefined;
  let found = await taskIn(turn, renamed ? renamed[1]! : daySaid ? about.replace(daySaid.text, ' ') : about, status);
  // "the high priority task": the open task of that priority, or which of them
  const byPriority = /\b(?:the|my|our)(?: only| one)? (high|low|medium)[- ]priority (?:task|todo|to-do|one)\b/i.exec(levelTypos(turn.text));
  if (!found.task && found.ambiguous.length === 0 && byPriority) {
    const { tasks } = await turn.read<{ tasks: TaskOut[] }>('list_tasks', {
      status: 'open',
      priority: byPriority[1]!.toLowerCase(),
      limit: 50,
    });
    found = tasks.length === 1 ? { task: tasks[0], ambiguous: [] } : { ambiguous: tasks };
  }
  // "delete the overdue task": the open task past its due date, or which of them
  if (!found.task && found.ambiguous.length === 0 && /\b(?:the|my|our)(?: only| one)? (?:overdue|late) (?:task|todo|to-do|one)\b/.test(t)) {
    const { tasks: late } = await turn.read<{ tasks: TaskOut[] }>('list_tasks', { status: 'open', overdue: true, limit: 50 });
    found = late.length === 1 ? { task: late[0], ambiguous: [] } : { ambiguous: late };
  }
  // "delete the task I gave Sam", "the one assigned to Olivia": that member's open task, or which of them
  // "the to-do that sam has", "the task olivia is doing"
  const givenTo =
    /\b(?:task|todo|to-do|to do|one|job)s? (?:that |which )?(?:i |we )?(?:gave|give|assigned|handed|delegated|given)(?: (?:to|over to))? ([\p{L}][\p{L}'’.-]*(?: [\p{L}][\p{L}'’.-]*)?)/iu.exec(
      turn.text,
    ) ??
    /\b(?:task|todo|to-do|to do|one|job)s? (?:that |which )?([\p{L}][\p{L}'’.-]*) (?:has|owns|is doing|is on|is handling|looks after)\b/iu.exec(
      turn.text,
    );
  // (the member's tasks, before any title a word of the request happens to match)
  if (givenTo) {
    const who = await memberIn(turn, givenTo[1]!.split(/\s+/)[0]!);
    if (who.member) {
      const { tasks: theirs } = await turn.read<{ tasks: TaskOut[] }>('list_tasks', {
        status: 'open',
        assignee: who.member.user_id,
        limit: 50,
      });
      if (theirs.length > 0 || (!found.task && found.ambiguous.length === 0))
        found = theirs.length === 1 ? { task: theirs[0], ambiguous: [] } : { ambiguous: theirs };
    }
  }
  // "delete the task with no due date": the open task without one, or which of them
  if (!found.task && found.ambiguous.length === 0 && NO_DUE.test(t)) {
    const { tasks: undated } = await turn.read<{ tasks: TaskOut[] }>('list_tasks', { status: 'open', no_due_date: true, limit: 50 });
    found = undated.length === 1 ? { task: undated[0], ambiguous: [] } : { ambiguous: undated };
  }
  // a task named by what it is rather than its title: "the completed task", "the task that's due tomorrow", "my task for amara"
  if (!found.task && found.ambiguous.length === 0) found = await taskDescribed(turn, t);
  // "actually it should be due tomorrow": the one task the conversation named
  if (!found.task && found.ambiguous.length === 0 && /\b(it|that|this|that one|this one)\b/i.test(turn.text)) {
    found = await taskFromHistory(turn);
  }
  if (found.ambiguous.length) return whichTask(found.ambiguous);
  if (!found.task) {
    if (turn.has(...TASK_WORDS)) return askBack('Which task? I could not find a task with that title.');
    return undefined; // not about a task after all
  }
  const task = found.task;
  if (action === 'link') {
    const who = await turn.contactIn(turn.text.replace(task.title, ' '));
    if (who.ambiguous.length) return whichOne(who.ambiguous);
    if (!who.contact) return askBack(`Which contact should “${task.title}” be linked to?`);
    return propose(turn, 'update_task', { task_id: task.id, changes: { contact_id: who.contact.id } });
  }
  if (action === 'delete') return propose(turn, 'delete_task', { task_id: task.id });
  if (action === 'cancel') return propose(turn, 'update_task', { task_id: task.id, changes: { status: 'cancelled' } });
  if (action === 'reopen') return propose(turn, 'update_task', { task_id: task.id, changes: { status: 'pending' } });
  if (action === 'start') return propose(turn, 'update_task', { task_id: task.id, changes: { status: 'in_progress' } });
  if (action === 'rename') {
    const title = renamed?.[2]?.replace(/^["“']|["”'.!?]+$/g, '').trim();
    // "change the taxes task title to …": the words before "title" name the task, not the new title
    if (!title) return askBack(`What should “${task.title}” be called?`);
    return propose(turn, 'update_task', { task_id: task.id, changes: { title } });
  }
  // a move, a priority and "done" may come together ("make … due next monday and high priority")
  const changes: Record<string, unknown> = {};
  const when = findDate(turn.text.replace(task.title, ' '), new Date(), turn.req.user.time_zone);
  if (action === 'move' && !when) return askBack(`When should “${task.title}” be due?`);
  if (when && (action === 'move' || /\b(due|deadline)\b/.test(t))) Object.assign(changes, dueArgs(turn, when));
  const said = byPriority ? turn.text.replace(byPriority[0], ' ') : turn.text;
  const level = /\b(?:priority|prioriti[sz]e|set (?:it|that|this))\b.*?\b(?:to|as|=|at)\s+(high|low|medium|normal)\b/.exec(levelTypos(t));
  const priority =
    priorityIn(said) ??
    (level ? (level[1] === 'normal' ? 'medium' : (level[1] as 'high' | 'low' | 'medium')) : undefined) ??
    (/\b(bump|raise)\b|^prioriti[sz]e\b/.test(t) ? 'high' : /\blower\b|^de-?prioriti[sz]e\b/.test(t) ? 'low' : undefined);
  if (priority && /\b(priority|urgent|important|(?:de-?)?prioriti[sz]e)\b/.test(t)) changes.priority = priority;
  if (action === 'complete') changes.status = 'completed';
  if (Object.keys(changes).length > 0) return propose(turn, 'update_task', { task_id: task.id, changes });
  return askBack(`What should I change on “${task.title}”: mark it done, its priority or its due date?`);
}

// ---------------------------------------------------------------------------
// Who does a task: "assign it to Sam", "give the domain renewal task to Priya", "unassign the report"

interface MemberOut {
  user_id: string;
  name: string;
  email: string | null;
  role: string;
  you: boolean;
}

const ASSIGN = /^(?:(?:please|pls|can you|could you)\s+)?(re-?assign|assign|give|hand(?:\s+over)?|pass)\s+(.+)\s+to\s+(.+?)[\s.!?]*$/i;
const UNASSIGN = /^(?:(?:please|pls|can you|could you)\s+)?un-?assign\s+(.+?)(?:\s+from\s+.+?)?[\s.!?]*$/i;
/** "nobody needs to be on the domain renewal any more, unassign it": the task named first, the request after it. */
const UNASSIGN_AFTER = /^(.{3,120}?)\s*(?:[,;]|\s[-–]\s|\s+so\s+)\s*(?:so\s+|please\s+|just\s+)?un-?assign\s+(?:it|that|this)\b[\s.!?]*$/i;
/** "put me on the business cards task", "add Sam to the lease check": a member put on a task (checked when it runs). */
const PUT_ON =
  /^(?:(?:please|pls|can you|could you)\s+)?(?:put|add|stick)\s+(me|myself|[\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*)?)\s+(?:on|onto|to)\s+(?!(?:my|the|our)\s+(?:to-?do\s+|todo\s+|task\s+)?list\b)(.+?)[\s.!?]*$/iu;
/** "take sam off the domain renewal", "remove Olivia from the lease check": a member no longer on a task (checked when it runs). */
const TAKE_MEMBER_OFF =
  /^(?:(?:please|pls|can you|could you)\s+)?(?:take|remove|pull|drop|get)\s+([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*)?)\s+(?:off|from)\s+(?:of\s+)?(?!(?:my|the|our)\s+(?:to-?do\s+|todo\s+|task\s+)?list\b)(.+?)[\s.!?]*$/iu;
/** The task the conversation is about ("assign it to Sam" after "remind me to call Grace"). */
/** "…, I'll do it myself", "and I'll take it": the asker takes the task over. */
const SELF_TAKES =
  /\s*(?:[,;]|\s-\s)?\s*(?:and\s+|so\s+)?(?:i(?:'|’)?ll|i will|i(?:'|’)?m going to|i am going to|let me)\s+(?:do|take|handle|own|look after)\s+(?:it|that|this|it over|over)\b.*$/i;
const THE_LAST_ONE = /^(?:it|this|that|this one|that one|the task|this task|that task)$/i;
const NOBODY = /^(?:nobody|no one|no-one|noone|none)$/i;
/** "Sam should do the bakery website call", "Olivia will take the lease check": the person first. */
const SHOULD_DO =
  /^([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*)?)\s+(?:should|will|can|is going to|has to|needs to|must|could)\s+(?:do|take(?: over)?|handle|own|look after|pick up)\s+(.+?)[\s.!?]*$/iu;

/** "the domain renewal is now Vera's job", "the lease check goes to Sam's list": a task said to be someone's (checked when it runs). */
const NOW_THEIRS =
  /^(.+?)\s+(?:is|goes to|belongs to|will be|becomes)\s+(?:now\s+)?([\p{L}][\p{L}.-]*(?:\s+[\p{L}][\p{L}.-]*)?)['’]s\s+(?:job|task|responsibility|thing|list|problem)\b(?:\s+now)?[\s.!]*$/iu;

export function wantsTaskAssignment(turn: Turn): boolean {
  if (NOW_THEIRS.test(turn.text)) return true;
  if (UNASSIGN.test(turn.text) || UNASSIGN_AFTER.test(turn.text)) return true;
  const put = PUT_ON.exec(turn.text);
  if (put && !/^(?:a|an|the|this|that|it|my|our|some|one|another|new)$/i.test(put[1]!.split(/\s+/)[0]!)) return true;
  const off = TAKE_MEMBER_OFF.exec(turn.text);
  if (off && !/^(?:the|a|an|this|that|it|my|our|all|everything)\b/i.test(off[1]!)) return true;
  const should = SHOULD_DO.exec(turn.text);
  if (should && !/^(?:i|we|you|he|she|they|it)$/i.test(should[1]!)) return true;
  const m = ASSIGN.exec(turn.text);
  if (!m) return false;
  if (/assign/i.test(m[1]!)) return true;
  // give / hand / pass something to someone: only a task ("give it to Sam", "hand the report task to Priya")
  return (
    THE_LAST_ONE.test(m[2]!.trim()) ||
    words(m[2]!).some((w) => TASK_WORDS.includes(w)) ||
    // "give the lease check to olivia": a short thing to a person, never money ("give amara a credit of 30")
    (!/\d/.test(m[2]!) && m[3]!.trim().split(/\s+/).length <= 2 && !/\b(credit|discount|refund|call|ring)\b/i.test(m[2]!))
  );
}

/** The task the latest exchange that named tasks was about (its proposal, or a one-task list). */
async function taskFromHistory(turn: Turn): Promise<{ task?: TaskOut; ambiguous: TaskOut[] }> {
  for (const past of [...turn.req.history].reverse()) {
    const titles = new Set<string>();
    for (const m of past.response.matchAll(/\btask ["“]([^"”]+)["”]/g)) titles.add(m[1]!);
    for (const m of past.response.matchAll(/\[([^\]]+)\]\(\/tasks\)/g)) titles.add(m[1]!);
    if (titles.size === 0) continue;
    const tasks: TaskOut[] = [];
    for (const title of titles) {
      const { tasks: found } = await turn.read<{ tasks: TaskOut[] }>('list_tasks', { query: title.slice(0, 200), limit: 50 });
      const same = found.filter((t) => fold(t.title) === fold(title));
      // an open one before a finished one of the same title
      const pick = same.find((t) => t.status === 'pending' || t.status === 'in_progress') ?? same[0];
      if (pick) tasks.push(pick);
    }
    return tasks.length === 1 ? { task: tasks[0], ambiguous: [] } : { ambiguous: tasks };
  }
  return { ambiguous: [] };
}

/** The member a text names: "me", a (part of a) name with typos tolerated, or an email address. */
async function memberIn(turn: Turn, text: string): Promise<{ member?: MemberOut; ambiguous: MemberOut[]; members: MemberOut[] }> {
  const { members } = await turn.read<{ members: MemberOut[] }>('list_members', {});
  const said = fold(text)
    .replace(/^@/, '')
    .replace(/^(?:the\s+)/, '')
    .trim();
  if (/^(?:me|myself|i)$/.test(said)) return { member: members.find((m) => m.you), ambiguous: [], members };
  const typed = words(said);
  const matches = members.filter((m) => {
    if (m.email && fold(m.email) === said) return true;
    const named = words(m.name);
    return typed.length > 0 && typed.every((w) => named.some((n) => wordSimilarity(w, n) >= 0.85));
  });
  const exact = matches.filter((m) => fold(m.name) === said);
  if (exact.length === 1) return { member: exact[0], ambiguous: [], members };
  if (matches.length === 1) return { member: matches[0], ambiguous: [], members };
  return { ambiguous: matches, members };
}

/** The one member of the team (not the asker) the latest exchange named, by full name or first name. */
async function memberFromHistory(turn: Turn): Promise<MemberOut | undefined> {
  const last = turn.req.history?.at(-1);
  if (!last) return undefined;
  const said = words(`${last.query} ${last.response}`);
  const { members } = await turn.read<{ members: MemberOut[] }>('list_members', {});
  const named = members.filter((m) => !m.you && words(m.name).some((n) => n.length >= 3 && said.includes(n)));
  return named.length === 1 ? named[0] : undefined;
}

function memberList(members: MemberOut[]): string {
  const names = members.map((m) => (m.you ? `${m.name} (you)` : m.name));
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A member and the task they now have, both named: only a member of the team and one of the tasks, else nothing (the other rules read it). */
async function giveNamedTask(turn: Turn, memberText: string, taskText: string): Promise<EngineAnswer | undefined> {
  const who = await memberIn(turn, memberText);
  if (!who.member) return undefined;
  const found = await taskIn(turn, taskText.replace(/\b(the )?(task|todo|to-do)\b/gi, ' '));
  if (found.ambiguous.length) return whichTask(found.ambiguous);
  if (!found.task) return undefined;
  return propose(turn, 'update_task', { task_id: found.task.id, changes: { assignee_id: who.member.user_id } });
}

export async function assignTask(turn: Turn): Promise<EngineAnswer | undefined> {
  // "the domain renewal is now Vera's job": only a member of the team and a task, else the other rules read it
  const theirs = NOW_THEIRS.exec(turn.text);
  if (theirs) return giveNamedTask(turn, theirs[2]!, theirs[1]!);
  const off = TAKE_MEMBER_OFF.exec(turn.text);
  if (off && !UNASSIGN.test(turn.text)) {
    // only a member of the team taken off a task they have; anything else is read by the other rules
    const who = await memberIn(turn, off[1]!);
    if (!who.member) return undefined;
    const found = await taskIn(turn, off[2]!.replace(SELF_TAKES, '').replace(/\b(the )?(task|todo|to-do)\b/gi, ' '));
    if (found.ambiguous.length) return whichTask(found.ambiguous);
    if (!found.task) return undefined;
    // "take Sam off the domain task, I'll do it myself": the asker's task from now on
    const me = SELF_TAKES.test(off[2]!) ? who.members.find((m) => m.you) : undefined;
    return propose(turn, 'update_task', { task_id: found.task.id, changes: { assignee_id: me ? me.user_id : null } });
  }
  // "put me on the business cards task": only a member of the team and a task they are put on, else the other rules read it
  const put = PUT_ON.exec(turn.text);
  if (put && !UNASSIGN.test(turn.text)) return giveNamedTask(turn, put[1]!, put[2]!);
  const un = UNASSIGN.exec(turn.text) ?? UNASSIGN_AFTER.exec(turn.text);
  const should = un ? null : SHOULD_DO.exec(turn.text);
  const m = un || should ? null : ASSIGN.exec(turn.text);
  // "hand the report over to Sam"; the last "to" names the person ("assign the call to the printer to Sam")
  const taskText = (un ? un[1]! : should ? should[2]! : m![2]!).replace(/\s+over$/i, '').trim();
  const personText = un ? 'nobody' : should ? should[1]!.trim() : m![3]!.trim();
  const fromHistory = THE_LAST_ONE.test(taskText);
  let found = fromHistory ? await taskFromHistory(turn) : await taskIn(turn, taskText.replace(/\b(the )?(task|todo|to-do)\b/gi, ' '));
  // "assign the undated task to Sam": the open task without a due date, or which of them
  if (!found.task && found.ambiguous.length === 0 && NO_DUE.test(words(taskText).join(' '))) {
    const { tasks: undated } = await turn.read<{ tasks: TaskOut[] }>('list_tasks', { status: 'open', no_due_date: true, limit: 50 });
    found = undated.length === 1 ? { task: undated[0], ambiguous: [] } : { ambiguous: undated };
  }
  if (found.ambiguous.length) return whichTask(found.ambiguous);
  if (!found.task) {
    return askBack(
      fromHistory
        ? 'Which task? Name it, for example: “assign the domain renewal to Sam”.'
        : 'Which task? I could not find an open task with that title.',
    );
  }
  let assignee: string | null = null;
  if (!NOBODY.test(personText)) {
    const who = await memberIn(turn, personText);
    if (who.ambiguous.length) return askBack(`Which one do you mean: ${who.ambiguous.map((a) => a.name).join(', ')}?`);
    if (!who.member) {
      return askBack(`I could not find ${personText} among the people in this workspace: ${memberList(who.members)}.`);
    }
    assignee = who.member.user_id;
  }
  return propose(turn, 'update_task', { task_id: found.task.id, changes: { assignee_id: assignee } });
}

export { titleCase };

// ---------------------------------------------------------------------------
// The team: "is sam an admin?", "what role does Vera have", "how many people are in the workspace?"

const TEAM_WORDS =
  /\b(role|roles|admin|admins|owner|owners|viewer|viewers|permission|permissions|allowed|access|workspace|uses|use this|team members)\b/;

/** The team's words, one typed with a typo read as itself ("permisions", "adimn", "worksapce"). */
const TEAM_VOCABULARY = ['permission', 'permissions', 'admin', 'admins', 'owner', 'viewer', 'viewers', 'roles', 'access', 'workspace'];
function teamWords(turn: Turn): string {
  return turn.w.map((w) => (w.length < 5 || TEAM_VOCABULARY.includes(w) ? w : (oneTypoFrom(w, TEAM_VOCABULARY) ?? w))).join(' ');
}

/** "is there anybody else in this account apart from me?", "who else is on the team": the others of the workspace. */
const OTHERS_HERE =
  /\b(?:anybody|anyone|somebody|someone|who|people) else\b.*\b(?:account|workspace|team|here|app|apart from me|besides me|except me|other than me)\b|\b(?:anybody|anyone|somebody|someone|people) (?:else )?(?:in|on|using) (?:this|the|my|our) (?:account|workspace|team|app)\b/;

export function wantsMemberQuestion(turn: Turn): boolean {
  const t = teamWords(turn);
  if (OTHERS_HERE.test(t) && !NOT_TASKS.test(t.replace(/\b(contacts?|customers?|clients?)\b/g, ''))) return true;
  return (
    TEAM_WORDS.test(t) &&
    !(/["“]/.test(turn.text) && !TEAM_WORDS.test(words(turn.text.replace(/["“][^"”]*["”]/g, ' ')).join(' '))) &&
    !/^(make|set|change|add|invite|remove|promote|demote|assign|give|kick|create|delete)\b/.test(t) &&
    !/\b(summar\w*|overview|dashboard|snapshot)\b/.test(t)
  );
}

/** A question about the team or one member's role; nothing when it names no member and is not about the workspace. */
export async function memberQuestion(turn: Turn): Promise<EngineAnswer | undefined> {
  const t = teamWords(turn);
  const { members } = await turn.read<{ members: MemberOut[] }>('list_members', {});
  // role words are never a name here ("the owner of whitfield bakery" is not Olivia Owner)
  const typed = words(turn.text).filter((w) => w.length >= 3 && !TEAM_WORDS.test(w) && !/^(member|members|user|users)$/.test(w));
  const named = members.filter((m) => !m.you && words(m.name).some((n) => typed.some((w) => wordSimilarity(w, n) >= 0.85)));
  const general = /\b(workspace|team|uses|use this|who else|everyone|people|roles)\b/.test(t) || OTHERS_HERE.test(t);
  if (named.length === 0 && !general) return undefined;
  const can = (role: string) =>
    role === 'viewer'
      ? 'can see everything but change nothing'
      : role === 'member'
        ? 'can add and change records'
        : 'can also manage the team and settings';
  if (named.length === 1 && !/\b(roles|everyone|all)\b/.test(t)) {
    const m = named[0]!;
    return answer(`${m.name}: ${m.role} — in this workspace ${m.name.split(' ')[0]} ${can(m.role)}.`);
  }
  const lines = members.map((m) => `${m.name}${m.you ? ' (you)' : ''}: ${m.role}`);
  return answer(`${members.length} ${members.length === 1 ? 'person is' : 'people are'} in this workspace: ${lines.join('; ')}.`);
}
