import type { EngineAnswer } from '../types';
import { answer, link, type Turn } from './turn';

/**
 * Requests the assistant cannot carry out, answered with what it can do
 * instead (never a bare "I can't"). Each rule names the nearest thing it can do.
 */

const RULES: [RegExp, string][] = [
  [
    // "edit the amount on INV-0001 to 1,100", "change the price on the Amara invoice": a sent invoice is changed by a credit note
    /\b(edit|change|modify|update|alter|correct|fix|adjust|lower|raise|reduce|increase|amend)\b.*\b(amount|total|price|prices|line|lines|items?|description|quantity|rate)\b.*\b(inv-?\d+|invoice|invoices|bill)\b|\b(edit|modify|alter|amend)\b.*\b(inv-?\d+|invoice)\b|\b(change|edit|modify|update|alter|correct|fix|adjust|lower|raise|reduce|increase|amend|make)\s+(?:the\s+)?(inv-?\d+|invoice)\b(?:\s+\w+)?\s+(?:to|down to|up to)\s+\$?\d/,
    'I can’t edit an invoice’s lines or amounts from here. A sent invoice is changed by a credit note: I can credit part of it (“credit 100 on INV-0001”) and draft a new invoice for the right amount; a draft is edited on the [Invoices](/invoices) page.',
  ],
  [
    // "schedule a Zoom call with Kenji for Thursday", "send Lukas a Teams invite": calendar and video meetings
    /\b(zoom|teams|google meet|webex|skype|video call|video meeting|calendar invite|meeting invite|calendar event)\b.*|\b(put|add|block|set|schedule|book|create|enter)\b.*\b(in|on|to|into) (my|the|our) (calendar|diary|agenda)\b/,
    'I can’t book calendar events or video calls. I can add a task for it instead (“remind me to call Kenji on Thursday”), with the contact linked, so it shows on your task list.',
  ],
  [
    // "book a meeting room for thursday afternoon", "reserve a table for the team lunch": a place, which no tool books
    /\b(book|reserve)\b.*\b(meeting rooms?|conference rooms?|rooms?|desks?|tables?|venues?)\b/,
    'I can’t book rooms, desks or tables. I can add a task to book it (“remind me to book the meeting room on Thursday”), so it shows on your task list.',
  ],
  [
    // "post a message in slack saying the office is closed", "ping the team on discord": a chat app, which no tool writes to
    /\b(post|send|write|message|ping|tell|announce|share|drop|put|dm)\b.*\b(slack|discord|telegram|mattermost|group chat|team chat)\b/,
    'I can’t post in Slack or other chat apps. I can add a task to post it (“remind me to post in Slack tomorrow that the office is closed”), so it shows on your task list, or note it on a contact.',
  ],
  [
    // "rename the Proposal stage to "Offer sent"", "add a stage called Onboarding", "reorder the pipeline stages": the pipeline
    // itself, which no tool changes (a deal said with its stage, "add a lead-stage deal", is no change to the stages)
    /\brename\b.*\bstages?\b|\b(?:add|create|insert|delete|remove)\s+(?:a |an |the )?(?:new |another |extra )?(?:pipeline |deal )?stages?\b(?!\s+(?:deal|of|for)\b)|\b(?:reorder|rearrange|reorganise|reorganize|re order)\b.*\b(?:stages|pipeline)\b/,
    'I can’t rename, add, remove or reorder pipeline stages; that is done on the [stages page](/deals/stages). I can list the stages (“what are my pipeline stages?”) and move a deal to one (“move the Acme deal to negotiation”).',
  ],
  [
    /\b(delete|remove|void|cancel|erase)\b.*\b(invoice|invoices|inv-?\d+|bill)\b/,
    'I can’t delete or void an invoice from here. I can credit it instead (“credit 50 on INV-0002”), record a payment on it, or show it; to void one, open it on the [Invoices](/invoices) page.',
  ],
  [
    /\b(delete|remove|erase)\b.*\b(transaction|transactions|expense|expenses|income|payment)\b/,
    'I can’t delete a transaction from here. I can record a new one (“spent 45.90 on lunch”) or show the latest ones; to delete one, open the [Transactions](/transactions) page.',
  ],
  [
    /\b(delete|remove|erase)\b.*\b(quote|quotes|quo-?\d+|deal|deals)\b/,
    'I can’t delete quotes or deals from here. I can list them, convert a quote into an invoice, or move a deal to Lost (“mark the Acme deal as lost because of the price”); deleting is on their pages.',
  ],
  [
    /\b(send|email|e-mail|mail)\b.*\b(invoice|invoices|inv-?\d+|quote|reminder|newsletter|message|email)\b|\b(send|write)\b.*\b(an? )?(email|e-mail|message|sms|text|fax|letter|postcard|whatsapp|card|gift|flowers|parcel|package)\b|\bfax\b/,
    'I can’t send emails or messages. I can draft an invoice or a quote for you to send from its page, add a task to follow up (“remind me to email Amara tomorrow”), or note what was said on a contact.',
  ],
  [
    /\b(invite|add|remove|kick|promote|demote)\b.*\b(member|members|teammate|user|(to|from|out of) (my|the|our) (team|workspace))\b|\b(promote|demote|upgrade|downgrade)\b.*\b(to|as) (an? )?(admin|owner|viewer|member|editor)\b|\b(invite|promote|demote|kick)\b.*\bcolleague\b|\bchange\b.*\brole\b|\b(make|add|set)\b.*\b(as )?(an? )(admin|owner|viewer)\b|\b(give|grant|revoke|remove|take away)\b.*\b(admin|owner|viewer|editor|member)\s+(rights|access|role|permissions?)\b/,
    'I can’t change who is in the workspace or their roles; an admin does that under Settings → Team. I can list the members (“who is on my team?”) and assign tasks to them (“assign the domain renewal to Sam”).',
  ],
  [
    /\b(export|download|backup|back up|import|upload)\b/,
    'I can’t export or import data; that is under Settings → Data. I can give you an overview or list contacts, invoices, tasks and transactions here.',
  ],
  [
    /\b(change|set|switch|update|reset|upload|use)\b.*\b(currency|time ?zone|password|language|logo|theme)\b|\b(dark mode|settings?)\b/,
    'I can’t change settings; they are on the Settings page. I can look up and change contacts, tasks, invoices, deals, time and money for you.',
  ],
  [
    /\b(weather|joke|news|flight|flights|hotel|recipe|poem|song|translate|stock price|bitcoin)\b/,
    'That is outside what I can do here. I can help with your contacts, tasks, invoices, quotes, deals, time tracking and money — for example “who owes me money?” or “what’s due today?”.',
  ],
  [
    /^(email|e-mail|mail|text|message|sms|whatsapp)\s+(?!of\b|for\b|address|adress|addresses)[\w-]+\s+(that|about|to say|saying|the|a|an)\b/,
    'I can’t send emails or messages. I can add a task to follow up (“remind me to email Lukas tomorrow”), note what you want to say on the contact, or give you their email address.',
  ],
  [
    /\b(connect|link|sync|synchronise|synchronize|integrate|hook up|plug in)\b.*\b(bank|banks|bank account|stripe|paypal|quickbooks|xero)\b/,
    'I can’t connect to a bank or a payment service. Statements are imported on the [Bank](/bank) page; I can show the payments not matched yet (“which bank payments are unmatched?”) and match one to its invoice.',
  ],
  [
    /\b(merge|dedupe|deduplicate|combine)\b/,
    'I can’t merge contacts. I can find them (“who works at Nordwerk?”) and change one’s details; merging is on the [Contacts](/contacts) page.',
  ],
  [
    /\b(call|phone|ring|dial|text)\b\s+(?!number|numbers)\w+(?:\s+\w+)?\s+(?:now|for me|right now|on my behalf)\b/,
    'I can’t place calls. I can give you the number (“what is Amara’s phone?”) or add a task to call (“remind me to call Amara tomorrow”).',
  ],
];

interface Document {
  quote_number?: string;
  invoice_number?: string;
  status: string;
  url: string;
}

/**
 * Editing an invoice, booking calendar events and rooms, posting in chat apps, changing the pipeline's stages: checked
 * before the features' own intents, which read "change", "call", "book", "post" (as in "postpone") and "rename".
 */
const FIRST = RULES.slice(0, 5);
/** The rules about deleting records no tool deletes (the next three): checked before the features' own intents. */
const DELETIONS = RULES.slice(5, 8);

export function unsupported(turn: Turn): EngineAnswer | undefined {
  const t = turn.w.join(' ');
  for (const [re, text] of RULES) if (re.test(t)) return answer(text);
  return undefined;
}

const ROLE_CHANGE = /\b(promote|demote|upgrade|downgrade)\b.*\b(to|as) (an? )?(admin|owner|viewer|member|editor)\b/;

/** "remove the Casa Marquez website deal from the pipeline": deleting what cannot be deleted here, whatever feature it names. */
export function wantsUnsupportedDeletion(turn: Turn): boolean {
  const t = turn.w.join(' ');
  if (FIRST.some(([re]) => re.test(t)) && !/\b(notes?|remember)\b/.test(t)) return true;
  // "upgrade sam lee to owner": a role change, before the team questions read it as one about Sam
  if (ROLE_CHANGE.test(t)) return true;
  return /^(delete|remove|erase|void|get rid of|trash|scrap)\b/.test(t) && DELETIONS.some(([re]) => re.test(t));
}

/**
 * The answer to a request no tool carries out, naming the records it is about: the document
 * ("email INV-0001 to amara" → INV-0001) or the contacts ("merge the two Daniel contacts").
 */
export async function unsupportedAnswer(turn: Turn): Promise<EngineAnswer | undefined> {
  const said = unsupported(turn);
  if (!said) return undefined;
  const document = /\b(INV|QUO)-?\d{1,10}\b/i.exec(turn.text)?.[0]?.toUpperCase();
  if (document) {
    // an invoice to change: where it is; anything else: where it is, ready to send
    const edit = said.response === RULES[0]![1];
    return answer(`${said.response} (${document} is on its page${edit ? '' : ', ready to send from there'}.)`);
  }
  // "delete the declined quote for kenji", "email the overdue invoice to lukas": the client's documents (those of the
  // status said, when any is), so the right one can be opened
  const t = turn.w.join(' ');
  if (/\b(quote|quotes|invoice|invoices)\b/.test(t)) {
    const who = await turn.contactIn();
    if (who.contact) {
      const quotes = /\bquotes?\b/.test(t);
      const out = await turn.read<{ quotes?: Document[]; invoices?: Document[] }>(quotes ? 'list_quotes' : 'list_invoices', {
        contact_id: who.contact.id,
        limit: 10,
      });
      const all = out.quotes ?? out.invoices ?? [];
      const status = /\b(draft|sent|overdue|paid|unpaid|open|accepted|declined|expired|cancelled)\b/.exec(t)?.[1];
      const ofStatus = all.filter((d) => d.status === status || (status === 'unpaid' && /^(sent|overdue)$/.test(d.status)));
      const shown = ofStatus.length > 0 ? ofStatus : all;
      const documents = shown.map((d) => `${link(d.quote_number ?? d.invoice_number ?? '', d.url)} (${d.status})`);
      if (documents.length > 0) {
        return answer(
          `${said.response} ${link(who.contact.name, who.contact.url)}'s ${ofStatus.length > 0 ? `${status} ` : ''}${quotes ? 'quotes' : 'invoices'}: ${documents.join(', ')}.`,
        );
      }
    }
  }
  if (turn.test(/\b(merge|dedupe|deduplicate|combine)\b/)) {
    const candidates = await turn.candidates();
    if (candidates.length > 1) {
      return answer(
        `${said.response} The contacts that match: ${candidates
          .slice(0, 5)
          .map((c) => link(c.name, c.url))
          .join(', ')}.`,
      );
    }
  }
  return said;
}
