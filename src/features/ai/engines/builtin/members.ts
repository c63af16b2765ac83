import type { EngineAnswer } from '../types';
import { answer, type Turn } from './turn';

/** The people of the workspace: "who is on my team?", "list the members", "who can I assign tasks to?". */

interface MemberOut {
  name: string;
  email: string | null;
  role: string;
  you: boolean;
}

export function wantsMemberList(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    (/\b(team|teammates|colleagues|members?|coworkers|co-workers|staff|workspace users|users)\b/.test(t) &&
      /\b(who|which|list|show|what|how many|my|our|the)\b/.test(t) &&
      !/\b(assign|give|hand|invite|remove|add|kick)\b/.test(t)) ||
    /\bwho can i assign\b/.test(t) ||
    /^(the |my |our )?(team|team members|members|colleagues)[?.!]*$/.test(t) ||
    /\bwho\b.*\b(in|on) (this|the|my|our) (workspace|team)\b/.test(t) ||
    /\bwho else works\b/.test(t) ||
    /\bwho (has|have|got) access\b/.test(t)
  );
}

export async function listMembers(turn: Turn): Promise<EngineAnswer> {
  const { members } = await turn.read<{ members: MemberOut[] }>('list_members', {});
  const lines = members.map((m) => `${m.name}${m.you ? ' (you)' : ''}: ${m.role}${m.email ? `, ${m.email}` : ''}`);
  return answer(`${members.length} ${members.length === 1 ? 'person is' : 'people are'} in this workspace: ${lines.join('; ')}.`);
}
