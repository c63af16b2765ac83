import { VIEW_ONLY_ANSWER } from '../../schema';
import type { Engine, EngineAnswer, EngineRequest } from '../types';
import {
  addNote,
  changeContact,
  contactDeletion,
  contactInfo,
  listContacts,
  newContact,
  overview,
  wantsContactChange,
  wantsContactDeletion,
  wantsContactList,
  wantsNewContact,
  wantsNote,
  wantsOverview,
} from './contacts';
import { listDeals as listPipeline, moveDeal, newDeal, wantsDealList, wantsDealMove, wantsNewDeal } from './deals';
import { draftInvoice, draftQuote, invoiceInfo, markPaid, wantsDraftInvoice, wantsInvoiceInfo, wantsMarkPaid } from './billing';
import { convertQuote, listQuotes, wantsConvertQuote, wantsDraftQuote, wantsQuoteList } from './quotes';
import { creditInvoice, listRecurring, pauseRecurring, wantsCredit, wantsPauseRecurring, wantsRecurringList } from './documents';
import { moneyTotals, newTransaction, topCategories, wantsMoneyTotals, wantsNewTransaction, wantsTopCategories } from './money';
import { assignTask, changeTask, listTasks, newTask, wantsNewTask, wantsTaskAssignment, wantsTaskChange, wantsTaskList } from './work';
import {
  logTimeIntent,
  startTimerIntent,
  stopTimerIntent,
  timeQuestion,
  wantsLogTime,
  wantsStartTimer,
  wantsStopTimer,
  wantsTimeQuestion,
} from './time';
import { matchPayment, unmatchedPayments, wantsMatchPayment, wantsUnmatchedPayments } from './bank';
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
  { name: 'bank.match', when: wantsMatchPayment, run: matchPayment },
  { name: 'bank.unmatched', when: wantsUnmatchedPayments, run: unmatchedPayments },
  { name: 'deal.move', when: wantsDealMove, run: moveDeal },
  { name: 'deal.create', when: wantsNewDeal, run: newDeal },
  { name: 'deal.list', when: wantsDealList, run: listPipeline },
  { name: 'time.timer_stop', when: wantsStopTimer, run: stopTimerIntent },
  { name: 'time.timer_start', when: wantsStartTimer, run: startTimerIntent },
  { name: 'time.log', when: wantsLogTime, run: logTimeIntent },
  { name: 'time.summary', when: wantsTimeQuestion, run: timeQuestion },
  { name: 'task.assign', when: wantsTaskAssignment, run: assignTask },
  { name: 'overview', when: wantsOverview, run: overview },
  { name: 'quote.convert', when: wantsConvertQuote, run: convertQuote },
  { name: 'quote.draft', when: wantsDraftQuote, run: draftQuote },
  { name: 'quote.list', when: (turn) => wantsQuoteList(turn) && !wantsDraftInvoice(turn), run: listQuotes },
  { name: 'invoice.draft', when: wantsDraftInvoice, run: draftInvoice },
  { name: 'invoice.paid', when: wantsMarkPaid, run: markPaid },
  { name: 'invoice.credit', when: wantsCredit, run: creditInvoice },
  { name: 'recurring.pause', when: wantsPauseRecurring, run: pauseRecurring },
  { name: 'recurring.list', when: wantsRecurringList, run: listRecurring },
  { name: 'note.create', when: wantsNote, run: addNote },
  { name: 'task.create', when: wantsNewTask, run: newTask },
  { name: 'task.change', when: wantsTaskChange, run: changeTask },
  { name: 'contact.delete', when: wantsContactDeletion, run: contactDeletion },
  { name: 'transaction.create', when: wantsNewTransaction, run: newTransaction },
  { name: 'invoice.info', when: wantsInvoiceInfo, run: invoiceInfo },
  { name: 'money.categories', when: wantsTopCategories, run: topCategories },
  { name: 'money.totals', when: wantsMoneyTotals, run: moneyTotals },
  { name: 'task.list', when: wantsTaskList, run: listTasks },
  { name: 'contact.create', when: wantsNewContact, run: newContact },
  { name: 'contact.update', when: wantsContactChange, run: changeContact },
  { name: 'contact.list', when: wantsContactList, run: listContacts },
  { name: 'contact.info', when: () => true, run: contactInfo },
];

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

async function respond(turn: Turn): Promise<EngineAnswer> {
  if (turn.test(/^(hi|hello|hey|help|what can you do)\b/) && turn.w.length <= 5) {
    return { response: `Hello! ${help(turn)}` };
  }
  for (const intent of INTENTS) {
    if (!intent.when(turn)) continue;
    const result = await intent.run(turn);
    if (result) return { ...result, metadata: { intent: intent.name } };
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
