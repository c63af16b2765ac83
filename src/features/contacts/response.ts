import { z } from 'zod';
import { idOut, moneyOut, timestampOut } from '@/lib/openapi/schemas';
import { CONTACT_STATUSES, type Contact } from './schema';

/** A contact as the API answers it, for the API description (`satisfies` keeps it in step with `Contact`). */
export const contactResponse = z
  .object({
    id: idOut,
    workspace_id: idOut,
    user_id: idOut.nullable().meta({ description: 'Who made it (null: imported, or a person since deleted).' }),
    first_name: z.string(),
    last_name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    company: z.string().nullable(),
    position: z.string().nullable(),
    address: z.string().nullable(),
    notes: z.string().nullable(),
    status: z.enum(CONTACT_STATUSES),
    hourly_rate: moneyOut.nullable().meta({ description: "This client's hourly rate (null: the workspace default)." }),
    created_at: timestampOut,
    updated_at: timestampOut,
  } satisfies Record<keyof Contact, z.ZodType>)
  .meta({ id: 'Contact' });
