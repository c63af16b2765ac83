/** The interface the bank feature's database side (bank-app) calls: plain data in, plain data out. */

export interface MatchLine {
  id: string;
  date: string;
  amount: string;
  description: string;
  counterparty: string | null;
  reference: string | null;
  /** the line's ISO currency when known: an invoice in another currency is never suggested */
  currency?: string | null;
}

export interface MatchInvoice {
  id: string;
  number: string;
  contact_id: string | null;
  /** contact full name, company, email local part */
  client_names: string[];
  issue_date: string;
  due_date: string | null;
  total: string;
  balance_due: string;
  currency: string;
}

/** Counterparty names seen on lines the user matched before. */
export interface PayerAlias {
  name: string;
  contact_id: string;
}

export interface Suggestion {
  invoice_id: string;
  /** 0..1, 2 decimals */
  confidence: number;
  /** human sentences, e.g. "Amount equals the balance due (1,200.00)", "Reference names INV-0042" */
  reasons: string[];
  partial: boolean;
}

export interface CategoryRule {
  id: string;
  pattern: string;
  match: 'contains' | 'equals' | 'starts_with';
  field: 'description' | 'counterparty';
  category: string;
  type: 'income' | 'expense';
}

export interface CategorisedExample {
  description: string;
  counterparty: string | null;
  category: string;
  type: 'income' | 'expense';
}

export interface CategorySuggestion {
  category: string;
  source: 'rule' | 'learned';
  rule_id?: string;
}
