import type { EngineAnswer } from '../types';
import { fold, wordSimilarity, words } from './text';
import { answer, type Turn } from './turn';

/**
 * The people of the workspace: "who is on my team?", "list the members", "who can I assign tasks to?",
 * and their roles: "is sam an admin?", "what role does Vera have", "is Vera allowed to edit things?".
 */

interface MemberOut {
  name: string;
  email: string | null;
  role: string;
  you: boolean;
}

/** A question about someone's role or rights, which may be about a member (or, if none is named, a contact's job). */
const ROLE_QUESTION =
  /\b(role|roles|permissions?|rights|access (?:level|rights)|read only|read-only|view only|view-only)\b|\bam i (an? |the )?(admin|owner|viewer|member)\b|\b(is|are)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:an?\s+)?(admin|owner|viewer|member)s?\b|\b(allowed|able) to (edit|change|delete|write|see)\b|\bwhat can (?!you\b|i\b|we\b)\w+ (do|see|change|edit)\b|^can (?!you\b|i\b|we\b|u\b)\w+ (edit|change|delete|see|add|create|invite|manage|remove)\b|\bwho( s| is|'s)? (an? |the )?(admin|owner|viewer)s?\b|\b(admins|owners|viewers)\b/;

/** "who can only view and not edit", "who is allowed to delete things": who has a right (a member's role says it). */
const WHO_MAY = /\bwho (?:else )?(?:can|may|is (?:allowed|able) to)\s+(?:only\s+|just\s+)?(?:view|read|edit|change|write|delete)\b/;

/** Words quoted from elsewhere ("I overheard "Osei's team loved the renders"") are not a question about the team. */
export function quotedOnly(turn: Turn, re: RegExp): boolean {
  if (!/["“]/.test(turn.text)) return false;
  return !re.test(words(turn.text.replace(/["“][^"”]*["”]/g, ' ')).join(' '));
}

/** "who else can see my data?", "who has access to my books": the people the workspace is shared with. */
const SEES_MY_DATA =
  /\bwho\b.*\b(?:see|view|read|open|access|look at|get into)\b.*\b(?:my|our|the|this) (?:data|account|books|records|workspace|information|info|stuff|numbers|crm)\b/;

const TEAMISH =
  /\b(team|teammates|colleagues|members?|coworkers|staff|users|workspace|role|roles|admin|admins|owner|viewer|access|permissions?|log ?in|login)\b/;

export function wantsMemberList(turn: Turn): boolean {
  const t = turn.w.join(' ');
  if (quotedOnly(turn, TEAMISH)) return false;
  return (
    (/\b(team|teammates|colleagues|members?|coworkers|co-workers|staff|workspace users|users)\b/.test(t) &&
      /\b(who|which|list|show|what|how many|my|our|the)\b/.test(t) &&
      !/\b(assign|give|hand|invite|remove|add|kick)\b/.test(t)) ||
    /\bwho (else )?can (i|we) (assign|hand|give|pass|delegate)\b/.test(t) ||
    // "who else can log into this account?", "who can sign in", "who has a login"
    /\bwho\b.*\b(log ?in|log ?into|login|logins|sign in|signs in|log on|access)\b/.test(words(turn.text).join(' ')) ||
    /\b(which|what) (of )?(my |our |the )?(colleagues|teammates|members|users|people in the team)\b/.test(t) ||
    /^(the |my |our )?(team|team members|members|colleagues)\b(?!.*\b(assign|invite|remove|add)\b)/.test(t) ||
    /\bwho\b.*\b(in|on) (this|the|my|our) (workspace|team)\b/.test(t) ||
    /\b(people|users|persons|accounts)\b.*\b(in|on) (this|the|my|our) (workspace|team|account)\b/.test(t) ||
    /\bwho else (works|uses|is|has)\b/.test(t) ||
    // "who has access", "whos got view-only access", "who's got admin access"
    /\bwho(?:s| s)? (?:has|have|got|gets) (?:[a-z]+(?:-[a-z]+)? )?access\b/.test(t) ||
    SEES_MY_DATA.test(words(turn.text).join(' ')) ||
    WHO_MAY.test(words(turn.text).join(' ')) ||
    ((ROLE_QUESTION.test(fold(turn.text)) || ROLE_QUESTION.test(t)) && !/^(set|change|update|make|edit|give|assign)\b/.test(t))
  );
}

export async function listMembers(turn: Turn): Promise<EngineAnswer | undefined> {
  const { members } = await turn.read<{ members: MemberOut[] }>('list_members', {});
  const typed = words(turn.text).filter((w) => w.length >= 3);
  const named = members.filter((m) => words(m.name).some((n) => n.length >= 3 && typed.some((w) => wordSimilarity(w, n) >= 0.85)));
  const teamWords =
    /\b(team|teammates|colleagues|members?|workspace|users|access|assign|hand|ledgerly|my (?:own )?role|am i|admins?|viewers?|log ?in|log ?into|login|sign in|read only|account)\b/.test(
      `${fold(turn.text)} ${turn.w.join(' ')}`,
    ) ||
    SEES_MY_DATA.test(words(turn.text).join(' ')) ||
    WHO_MAY.test(words(turn.text).join(' '));
  // "what's his role" with no member named is about a contact's job: not for this answer
  if (named.length === 0 && !teamWords) return undefined;
  const line = (m: MemberOut) => `${m.name}${m.you ? ' (you)' : ''}: ${m.role}${m.email ? `, ${m.email}` : ''}`;
  const lines = members.map(line);
  // "whats my own role", "am I an admin?": the asker first
  const mine = /\bmy (?:own )?role\b|\bam i\b/.test(fold(turn.text)) ? members.filter((m) => m.you) : [];
  const about =
    mine.length > 0
      ? `You are ${mine[0]!.role} here. `
      : named.length > 0 && named.length < members.length
        ? `${named.map(line).join('; ')}. `
        : '';
  return answer(`${about}${members.length} ${members.length === 1 ? 'person is' : 'people are'} in this workspace: ${lines.join('; ')}.`);
}
