import { z } from 'zod';
import { workspaceMembers } from '@/features/workspaces/service';
import { personName } from '@/lib/auth/people';
import { readTool, type Tool } from './types';

/** The people of the workspace, for the assistant to name them and to assign tasks to them. */

export const memberTools: Tool[] = [
  readTool({
    name: 'list_members',
    kind: 'read',
    description:
      'The people in this workspace (who a task can be assigned to): user_id, name, email and role; `you` marks the user asking.',
    input: z.strictObject({}),
    async run(ctx) {
      const members = await workspaceMembers(ctx.tx, ctx.user);
      return {
        members: members.map((m) => ({
          user_id: m.user_id,
          name: personName(m),
          email: m.email,
          role: m.role,
          you: m.user_id === ctx.user.user.id,
        })),
      };
    },
  }),
];
