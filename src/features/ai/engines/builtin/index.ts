import { VIEW_ONLY_ANSWER } from '../../schema';
import type { Engine, EngineAnswer, EngineRequest } from '../types';
import {
  addNote,
  asksContactDetail,
  changeContact,
  contactDeletion,
  contactInfo,
  listContacts,
  mentionedContacts,
  namesTheStatus,
  whichOfStatus,
  newContact,
  overview,
  wantsContactChange,
  wantsContactDeletion,
  wantsContactList,
  wantsContactsByStatus,
  wantsContactDetail,
  wantsContactStatus,
  wantsMentions,
  wantsNewContact,
  wantsNote,
  wantsOverview,
  wantsBroadOverview,
} from './contacts';
import {
  bareDealMove,
  listDeals as listPipeline,
  listStages,
  moveDeal,
  newDeal,
  wantsDealList,
  wantsBareDealMove,
  wantsDealMove,
  wantsNewDeal,
  wantsStageList,
} from './deals';
import { draftInvoice, invoiceInfo, markPaid, opensNewInvoice, wantsDraftInvoice, wantsInvoiceInfo, wantsMarkPaid } from './billing';
// quotes are drafted by quotes.ts (engine domains), invoices by billing.ts
import { convertQuote, draftQuote, listQuotes, wantsConvertQuote, wantsDraftQuote, wantsQuoteList } from './quotes';
import { creditInvoice, listRecurring, pauseRecurring, wantsCredit, wantsPauseRecurring, wantsRecurringList } from './documents';
import {
  asksForEntries,
  asksForInvoicePayments,
  holdsAmount,
  listCategories,
  listTransactions,
  moneyTotals,
  newTransaction,
  topCategories,
  wantsCategoryList,
  wantsMoneyTotals,
  wantsNewTransaction,
  wantsTopCategories,
  wantsTransactionList,
} from './money';
import { listMembers, wantsMemberList } from './members';
import { unsupported, unsupportedAnswer, wantsUnsupportedDeletion } from './unsupported';
import {
  assignTask,
  changeTask,
  listTasks,
  memberQuestion,
  namesTaskDomain,
  newTask,
  opensNewTask,
  taskQuestion,
  wantsNewTask,
  wantsTaskAssignment,
  wantsTaskChange,
  wantsTaskList,
  wantsMemberQuestion,
  wantsTaskQuestion,
} from './work';
import {
  logTimeIntent,
  opensWithTimer,
  runningTimerIntent,
  startTimerIntent,
  stopTimerIntent,
  timeQuestion,
  wantsLogTime,
  wantsRunningTimer,
  wantsStartTimer,
  wantsStopTimer,
  wantsTimeQuestion,
} from './time';
import { matchPayment, unmatchedPayments, wantsMatchPayment, wantsUnmatchedPayments } from './bank';
import { wantsDealByProbability, wantsDocumentByStatus, whichDeal, whichDocument } from './clarify';
import { rephrase } from './routing';
import { askBack, ToolProblem, Turn } from './turn';

/**
 * The built-in engine: offline, no model. It recognises the everyday requests
 * of a small business owner by intent rules over typo-corrected words, finds
 * the records they mention (contacts by fuzzy name match), reads exact
 * figures through the same tools as every engine, and proposes writes through
 * the write tools. When it is not sure, it asks back.
 */

interface Intent {
  name: string;
  when(turn: Turn): boolean;
  run(turn: Turn): Promise<EngineAnswer | undefined>;
}

const INTENTS: Intent[] = [
  // "the meeting notes say: "…". which contacts are those?": the contacts a pasted text names (before notes and changes)
  { name: 'contact.mentions', when: wantsMentions, run: mentionedContacts },
  // "start timing "Site visit notes" for acme": a timer command, whatever its quoted title says
  { name: 'note.create', when: (turn) => wantsNote(turn) && !opensWithTimer(turn), run: addNote },
  // "open a deal with the customer for 5k" with two customers: which one, before any feature reads "customer" as a name
  { name: 'clarify', when: namesTheStatus, run: whichOfStatus },
  // "what's on the unpaid invoice?" with two unpaid: which one, before the invoice rules answer about both
  { name: 'clarify', when: wantsDocumentByStatus, run: whichDocument },
  // "move the 25% deal to negotiation" with two deals at 25 %: which one
  { name: 'clarify', when: wantsDealByProbability, run: whichDeal },
  // "I need to ring Daniel Kim, what number have we got?": the question about a contact's detail, not the plan before it
  { name: 'contact.info', when: asksContactDetail, run: contactInfo },
  // a request that opens like a new task is one, whatever it names ("add a task to send Sofia the revised quote")
  { name: 'task.create', when: opensNewTask, run: newTask },
  // a request that opens like a new invoice with an amount is one, whatever it bills ("bill priya 3,000 for "Data pipeline setup"")
  { name: 'invoice.draft', when: (turn) => opensNewInvoice(turn) && !wantsConvertQuote(turn), run: draftInvoice },
  // "a quick status of contacts, tasks and cash": the overview, before the rules of each feature it names
  { name: 'overview', when: (turn) => wantsBroadOverview(turn) && !holdsAmount(turn), run: overview },
  { name: 'task.question', when: wantsTaskQuestion, run: taskQuestion },
  // a question that names the task list as its domain ("what do I still owe amara, task-wise?"): before money and invoices
  { name: 'task.list', when: namesTaskDomain, run: listTasks },
  { name: 'unsupported', when: wantsUnsupportedDeletion, run: unsupportedAnswer },
  { name: 'bank.match', when: wantsMatchPayment, run: matchPayment },
  { name: 'bank.unmatched', when: wantsUnmatchedPayments, run: unmatchedPayments },
  // a contact given a status ("make grace a customer, she signed today"): before the deal rules, which read "signed" as won
  { name: 'contact.update', when: wantsContactStatus, run: changeContact },
  // a detail given to a contact already there ("use kenji@kaze.co.jp for Kenji from now on"): before the timer and money rules
  { name: 'contact.update', when: wantsContactDetail, run: changeContact },
  // "amara - doesn't her record say how often we invoice her?": how often is her recurring invoice
  { name: 'recurring.list', when: asksHowOftenBilled, run: listRecurring },
  { name: 'deal.move', when: wantsDealMove, run: moveDeal },
  { name: 'deal.move', when: wantsBareDealMove, run: bareDealMove },
  { name: 'deal.create', when: wantsNewDeal, run: newDeal },
  { name: 'deal.stages', when: wantsStageList, run: listStages },
  { name: 'deal.list', when: wantsDealList, run: listPipeline },
  { name: 'time.timer_stop', when: wantsStopTimer, run: stopTimerIntent },
  { name: 'time.timer_start', when: wantsStartTimer, run: startTimerIntent },
  { name: 'time.running', when: wantsRunningTimer, run: runningTimerIntent },
  { name: 'time.log', when: wantsLogTime, run: logTimeIntent },
  { name: 'time.summary', when: wantsTimeQuestion, run: timeQuestion },
  { name: 'task.assign', when: wantsTaskAssignment, run: assignTask },
  { name: 'members.list', when: wantsMemberQuestion, run: memberQuestion },
  { name: 'members.list', when: wantsMemberList, run: listMembers },
  // a request with an amount is a document or money ("quote Priya for a dashboard refresh, 5,200"), never the overview
  // "recurring billing overview" is the list of recurring invoices
  { name: 'overview', when: (turn) => wantsOverview(turn) && !holdsAmount(turn) && !wantsRecurringList(turn), run: overview },
  { name: 'quote.convert', when: wantsConvertQuote, run: convertQuote },
  { name: 'quote.draft', when: wantsDraftQuote, run: draftQuote },
  { name: 'quote.list', when: (turn) => wantsQuoteList(turn) && !wantsDraftInvoice(turn), run: listQuotes },
  { name: 'invoice.draft', when: wantsDraftInvoice, run: draftInvoice },
  { name: 'invoice.paid', when: wantsMarkPaid, run: markPaid },
  { name: 'invoice.credit', when: wantsCredit, run: creditInvoice },
  { name: 'recurring.pause', when: wantsPauseRecurring, run: pauseRecurring },
  // "the design tool subscription - what did it cost": an entry of the books, asked about (money.ts), not a recurring invoice;
  // "I want to book a subscription: what categories do I have for costs?": the ledger's categories
  {
    name: 'recurring.list',
    when: (turn) => wantsRecurringList(turn) && !asksForEntries(turn) && !wantsCategoryList(turn),
    run: listRecurring,
  },
  // "last month: money in vs money out" is a question about money, not a dated task
  { name: 'task.create', when: (turn) => wantsNewTask(turn) && !wantsMoneyTotals(turn), run: newTask },
  { name: 'unsupported', when: (turn) => unsupported(turn) !== undefined, run: unsupportedAnswer },
  { name: 'task.change', when: wantsTaskChange, run: changeTask },
  { name: 'contact.delete', when: wantsContactDeletion, run: contactDeletion },
  { name: 'transaction.create', when: wantsNewTransaction, run: newTransaction },
  // contacts by status, said with the word "contacts" ("list the active ones in my contacts"): before the invoice questions
  { name: 'contact.list', when: wantsContactsByStatus, run: listContacts },
  // "show me the invoice payments I received", "total of invoice payments received": entries of the books (money.ts), not the invoices
  {
    name: 'invoice.info',
    when: (turn) => wantsInvoiceInfo(turn) && !asksForEntries(turn) && !asksForInvoicePayments(turn),
    run: invoiceInfo,
  },
  { name: 'money.category_list', when: wantsCategoryList, run: listCategories },
  { name: 'money.categories', when: wantsTopCategories, run: topCategories },
  { name: 'money.totals', when: wantsMoneyTotals, run: moneyTotals },
  { name: 'money.list', when: wantsTransactionList, run: listTransactions },
  { name: 'task.list', when: wantsTaskList, run: listTasks },
  { name: 'contact.create', when: wantsNewContact, run: newContact },
  { name: 'contact.update', when: wantsContactChange, run: changeContact },
  { name: 'contact.list', when: wantsContactList, run: listContacts },
  { name: 'contact.info', when: () => true, run: contactInfo },
];

/** "how often do we invoice Lukas", "how often is amara billed": the frequency of a recurring invoice. */
function asksHowOftenBilled(turn: Turn): boolean {
  // the words as typed too: the corrector reads "charge" as "change"
  return [turn.w.join(' '), turn.folded].some((t) =>
    /\bhow (?:often|frequently)\b.*\b(?:invoice|invoiced|invoicing|bill|billed|billing|charge|charged|charging)\b/.test(t),
  );
}

const HELP =
  'I can look up and change your contacts (“what is Jane’s email?”, “mark Jane as customer”), tasks (“what’s due today?”, ' +
  '“remind me to call Jane tomorrow”, “assign it to Sam”), money (“spent 45.90 on lunch”, “how much did I spend this month?”) ' +
  'invoices (“who owes me money?”, “invoice Jane 10 hours at 80 each”, “mark INV-0003 as paid”, “credit 50 on INV-0003”), ' +
  'recurring invoices (“show my recurring invoices”, “pause Jane’s recurring invoice”), ' +
  'deals (“show my deals”, “move the Acme deal to negotiation”, “add a deal Acme website worth 5000”) ' +
  'time (“start a timer for Jane”, “stop the timer”, “how many hours did I log for Jane this month?”) ' +
  'and quotes (“quote Jane 3 days of design at 600 each”, “which quotes are open?”, “convert QUO-0002 into an invoice”).';

function help(turn: Turn): string {
  return `${HELP} ${turn.req.user.can_change ? 'Changes wait for your confirmation.' : VIEW_ONLY_ANSWER}`;
}

async function understand(turn: Turn): Promise<EngineAnswer | undefined> {
  for (const intent of INTENTS) {
    if (!intent.when(turn)) continue;
    const result = await intent.run(turn);
    if (result) return { ...result, metadata: { intent: intent.name } };
  }
  return undefined;
}

/** "… and then …", "…; also …", "…? and draft …": two requests in one sentence. */
const SEPARATOR =
  /\s*(?:;|\?\s+(?:and\s+|also\s+|then\s+)?(?=(?:draft|quote|invoice|bill|create|add|make|record|log|credit|pause|convert|mark|send|raise|refund|put|remind|give)\b)|,?\s+and then\s+|,?\s+then\s+|,?\s+and also\s+|[.?!]\s+(?:and\s+)?also\s+|[.?]\s+(?:and\s+)?(?=(?:what|who|how|show|list|mark|add|create|remind|log|start|stop|move|set|change)\b)|,?\s+and\s+(?=(?:show|list|mark|add|create|remind|start|stop|move|pause|convert|what|who|how|which)\b))/i;

const TASK_SEPARATOR = /\s*(?:;|,?\s+and then\s+|,?\s+and also\s+)/i;

/**
 * Two requests in one sentence are answered one after the other; a change is
 * proposed for at most one of them (each waits for its own confirmation), so
 * a second change is named for the next message.
 */
async function respondToParts(req: EngineRequest, first: string, second: string): Promise<EngineAnswer | undefined> {
  const one = await understand(new Turn(req, first));
  if (!one) return undefined;
  const proposed = one.response.includes('Confirm to apply');
  // the second part reads the first one's answer as the conversation ("… and then her phone")
  const other = new Turn(
    { ...req, history: [...req.history, { query: first, response: one.response, created_at: new Date().toISOString() }] },
    second,
  );
  if (proposed && other.req.user.can_change && (await wouldChange(other))) {
    return { ...one, response: `${one.response} Then ask me again for the next change: “${second.trim()}”.` };
  }
  const two = await understand(other);
  if (!two) return undefined;
  return { ...two, response: `${one.response}\n\n${two.response}`, clarify: one.clarify && two.clarify, metadata: { intent: 'several' } };
}

/** Whether a request is one that proposes a change (its first matching intent is a write). */
async function wouldChange(turn: Turn): Promise<boolean> {
  const intent = INTENTS.find((i) => i.when(turn));
  return Boolean(intent && WRITE_INTENTS.has(intent.name));
}

const WRITE_INTENTS = new Set([
  'deal.move',
  'deal.create',
  'time.timer_stop',
  'time.timer_start',
  'time.log',
  'task.assign',
  'quote.convert',
  'quote.draft',
  'invoice.draft',
  'invoice.paid',
  'invoice.credit',
  'recurring.pause',
  'note.create',
  'task.create',
  'task.change',
  'transaction.create',
  'contact.create',
  'contact.update',
]);

async function respond(turn: Turn): Promise<EngineAnswer> {
  if (turn.test(/^(hi|hello|hey|help|what can you do)\b/) && turn.w.length <= 5) {
    return { response: `Hello! ${help(turn)}` };
  }
  // a task's title may itself hold "and …" ("remind me to call Amara and show her the mockups")
  const separator = /^(remind me|remember to|don'?t forget|i need to|i have to|add (a )?(new )?(task|todo)|new task|todo|task)\b/i.test(
    turn.text,
  )
    ? TASK_SEPARATOR
    : SEPARATOR;
  // a quoted text is never split ("find the contacts in this note: "call amara, then kenji …"")
  const quoted: string[] = [];
  const masked = turn.text.replace(/["“][^"”]*["”]/g, (q) => `\u0000${quoted.push(q) - 1}\u0000`);
  const parts = masked
    .split(separator)
    .filter((p) => p.trim().length > 2)
    .map((p) => p.replace(/\u0000(\d+)\u0000/g, (_, i: string) => quoted[Number(i)]!));
  // "called Lukas - he wants the quote by Friday. add that as a note on him": the second part is about the first, one request
  const aboutFirst = parts.length === 2 && /^\w+\s+(?:that|this|it)\s+(?:as|down|on|to|in)\b/i.test(parts[1]!.trim());
  if (parts.length === 2 && !aboutFirst) {
    const both = await respondToParts(turn.req, parts[0]!, parts[1]!);
    if (both) return both;
  }
  const result = await understand(turn);
  if (result) return result;
  // no rule read it: once more in verb-first order ("the lease reminder should be removed" → "remove the lease reminder")
  const again = rephrase(turn.text);
  if (again) {
    const second = await understand(new Turn(turn.req, again));
    if (second) return second;
  }
  return askBack(`I'm not sure what you'd like me to do. ${help(turn)}`);
}

export const builtinEngine: Engine = {
  name: 'builtin',
  async answer(request: EngineRequest): Promise<EngineAnswer> {
    const turn = new Turn(request);
    try {
      return await respond(turn);
    } catch (error) {
      if (error instanceof ToolProblem) return askBack(`I couldn't look that up: ${error.message}`);
      throw error;
    }
  },
};
