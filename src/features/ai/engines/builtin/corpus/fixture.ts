/**
 * The quotes and deals of the set-aside account: the workspace on which the
 * corpus's later tuning batches (./tuning-2.ts, ./tuning-3.ts) and, by default, the set-aside
 * part (./holdout.ts, when present) run. It holds the same contacts, tasks,
 * transactions, invoices, recurring profiles and time entries as the tuning
 * account, plus these quotes and deals (created in this order, so QUO-0001…)
 * on the default pipeline stages. A set-aside batch that assumes other quotes
 * or deals exports its own HOLDOUT_FIXTURE of this shape.
 */
export const SET_ASIDE_FIXTURE = {
  quotes: [
    // QUO-0001 … QUO-0004, issued today, valid 30 days
    { contact: 'Sofia Marquez', status: 'sent', items: [{ description: 'Website redesign', quantity: '1', unit_price: '4800.00' }] },
    {
      contact: 'Daniel Osei',
      status: 'accepted',
      items: [{ description: 'Office fit-out drawings', quantity: '3', unit_price: '950.00' }],
    },
    { contact: 'Grace Whitfield', status: 'draft', items: [{ description: 'Online shop setup', quantity: '1', unit_price: '2200.00' }] },
    { contact: 'Kenji Watanabe', status: 'declined', items: [{ description: 'Title animation', quantity: '1', unit_price: '1600.00' }] },
  ],
  deals: [
    { title: 'Casa Marquez website', value: '4800.00', contact: 'Sofia Marquez', stage: 'Proposal', expected_close_in_days: 20 },
    { title: 'Osei office drawings', value: '2850.00', contact: 'Daniel Osei', stage: 'Negotiation' },
    { title: 'Whitfield online shop', value: '2200.00', contact: 'Grace Whitfield', stage: 'Lead' },
    { title: 'Fernhill data platform', value: '12000.00', contact: 'Priya Raman', stage: 'Qualified' },
    { title: 'Nordwerk relaunch phase 2', value: '9500.00', contact: 'Lukas Brandt', stage: 'Qualified' },
  ],
} as const;
