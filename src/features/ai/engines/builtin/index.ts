import type { Engine, EngineAnswer, EngineRequest } from '../types';
import {
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
  wantsOverview,
} from './contacts';
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
  { name: 'contact.delete', when: wantsContactDeletion, run: contactDeletion },
  { name: 'overview', when: wantsOverview, run: overview },
  { name: 'contact.create', when: wantsNewContact, run: newContact },
  { name: 'contact.update', when: wantsContactChange, run: changeContact },
  { name: 'contact.list', when: wantsContactList, run: listContacts },
  { name: 'contact.info', when: () => true, run: contactInfo },
];

const HELP =
  'I can look up your contacts (“what is Jane’s email?”, “show my leads”), add or change them ' +
  '(“add a contact Jane Doe from Acme”, “mark Jane as customer”). Changes wait for your confirmation.';

async function respond(turn: Turn): Promise<EngineAnswer> {
  if (turn.test(/^(hi|hello|hey|help|what can you do)\b/) && turn.w.length <= 5) {
    return { response: `Hello! ${HELP}` };
  }
  for (const intent of INTENTS) {
    if (!intent.when(turn)) continue;
    const result = await intent.run(turn);
    if (result) return { ...result, metadata: { intent: intent.name } };
  }
  return askBack(`I'm not sure what you'd like me to do. ${HELP}`);
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
