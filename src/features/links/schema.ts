import { z } from 'zod';

/**
 * Client links: a link to one invoice or quote that its client opens without
 * an account (docs/decisions/0111-client-links.md). The token is 256 random
 * bits, only its sha-256 is stored; the page reads the document through
 * `app.client_document`, which takes the hash and returns the one document.
 */

/** A token as it appears in a link: 43 base64url characters (32 random bytes). */
export const linkToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not a link token');
export const linkTokenParams = z.strictObject({ token: z.string().max(200) });

/** One tax rate of a document: as invoices and quotes carry it. */
export interface TaxLine {
  rate: string;
  base: string;
  amount: string;
}

export type LinkTarget = { kind: 'invoice'; id: string } | { kind: 'quote'; id: string };

/** POST /api/invoices/:id/share and /api/quotes/:id/share. */
export interface SharedLink {
  url: string;
  expires_at: Date;
}

/** The open link of a document, as its page shows it (the token is not kept, so no url). */
export interface LinkState {
  expires_at: Date;
  created_at: Date;
}

export interface ClientItem {
  description: string;
  quantity: string;
  unit_price: string;
  tax_rate: string;
  total: string;
}

interface ClientDocumentBase {
  number: string;
  issue_date: string;
  currency: string;
  subtotal: string;
  discount_type: 'percent' | 'amount' | null;
  discount_value: string | null;
  discount_amount: string;
  taxes: TaxLine[];
  tax_amount: string;
  total_amount: string;
  notes: string | null;
  sent_at: string | null;
  items: ClientItem[];
}

export interface ClientInvoice extends ClientDocumentBase {
  kind: 'invoice';
  status: 'draft' | 'sent' | 'paid' | 'cancelled';
  effective_status: 'draft' | 'sent' | 'overdue' | 'paid' | 'cancelled';
  due_date: string;
  amount_paid: string;
  /** Σ the invoice's credit notes */
  credited_amount: string;
  balance_due: string;
  paid_at: string | null;
  payments: { date: string; amount: string; description: string | null }[];
}

export interface ClientQuote extends ClientDocumentBase {
  kind: 'quote';
  status: 'draft' | 'sent' | 'accepted' | 'declined' | 'expired' | 'converted';
  valid_until: string;
  accepted_at: string | null;
  declined_at: string | null;
}

/** Everything the client page may show, and nothing more. */
export interface ClientView {
  document: ClientInvoice | ClientQuote;
  client: { name: string | null; first_name: string | null; company: string | null; email: string | null; address: string | null } | null;
  business: {
    name: string;
    address: string | null;
    tax_id: string | null;
    email: string | null;
    payment_instructions: string | null;
    logo: { bytes: string; width: number; height: number; content_type: string } | null;
  };
  expires_at: string;
}
