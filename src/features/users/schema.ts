import { z } from 'zod';
import { email, optionalText } from '@/lib/validation';

export const localSignInSchema = z.strictObject({
  email: email.refine((v) => v !== null, 'is required').transform((v) => v!.toLowerCase()),
  first_name: optionalText(200).optional(),
  last_name: optionalText(200).optional(),
});
export type LocalSignIn = z.output<typeof localSignInSchema>;

/** The user row as the API returns it. */
export interface UserProfile {
  id: string;
  clerk_id: string;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  image_url: string | null;
  business_name: string | null;
  business_address: string | null;
  tax_id: string | null;
  currency: string;
  invoice_prefix: string;
  payment_terms_days: number;
  time_zone: string;
  locale: string;
  /** days after the due date on which overdue invoices get a reminder ([] = off) */
  invoice_reminder_days: number[];
  created_at: Date;
  updated_at: Date;
}
