import { describe, expect, it } from 'vitest';
import { billedText, itemsIn } from './billing';

const items = (text: string, name: string, company: string | null = null) => itemsIn(billedText(text, { name, company }), 'en-US');

describe('the items of an invoice or a quote', () => {
  it('reads a quantity, a unit and a unit price, with or without a description', () => {
    expect(items('invoice sofia 10 hours of design at 80 each', 'Sofia Marquez')).toEqual([
      { description: 'Design', quantity: '10', unit_price: '80.00' },
    ]);
    expect(items('bill priya 12 hours of data analysis at 110/hour', 'Priya Raman')).toEqual([
      { description: 'Data analysis', quantity: '12', unit_price: '110.00' },
    ]);
    expect(items('send priya a quotation for 3 months of support at 900 per month', 'Priya Raman')).toEqual([
      { description: 'Support', quantity: '3', unit_price: '900.00' },
    ]);
    expect(items('estimate for osei architects: 3D renders x4 at 350', 'Daniel Osei', 'Osei Architects')).toEqual([
      { description: '3D renders', quantity: '4', unit_price: '350.00' },
    ]);
  });

  it('keeps the client’s name out of the description, whatever stands between them', () => {
    expect(items('Could you draft an invoice for Grace Whitfield: website design, $1,800', 'Grace Whitfield')).toEqual([
      { description: 'Website design', quantity: '1', unit_price: '1800.00' },
    ]);
    expect(items('new invoice for Kenji Watanabe - storyboard revisions 450', 'Kenji Watanabe')).toEqual([
      { description: 'Storyboard revisions', quantity: '1', unit_price: '450.00' },
    ]);
    expect(
      items('Put together a quote for Harborline Logistics, fleet dashboard, 6500 dollars', 'Daniel Kim', 'Harborline Logistics'),
    ).toEqual([{ description: 'Fleet dashboard', quantity: '1', unit_price: '6500.00' }]);
  });

  it('reads a description after the price, or in a piece of its own', () => {
    expect(items('bill amara 1,500 for the brand refresh', 'Amara Okafor')).toEqual([
      { description: 'Brand refresh', quantity: '1', unit_price: '1500.00' },
    ]);
    expect(items('make an invoice to Acme for 2.5k, logo design', 'Acme', 'Acme Ltd')).toEqual([
      { description: 'Logo design', quantity: '1', unit_price: '2500.00' },
    ]);
  });

  it('reads every item of a list, and leaves out what is not an item', () => {
    expect(items('invoice grace 2 things: logo 500 and business cards 150', 'Grace Whitfield')).toEqual([
      { description: 'Logo', quantity: '1', unit_price: '500.00' },
      { description: 'Business cards', quantity: '1', unit_price: '150.00' },
    ]);
    expect(items('bill Olu for hosting 120; support 3 hours at 60, thanks', 'Olu Adeyemi')).toEqual([
      { description: 'Hosting', quantity: '1', unit_price: '120.00' },
      { description: 'Support', quantity: '3', unit_price: '60.00' },
    ]);
    expect(items('quote lukas brandt 2 days of workshops at 1,100 a day, valid until next friday', 'Lukas Brandt')).toEqual([
      { description: 'Workshops', quantity: '2', unit_price: '1100.00' },
    ]);
  });
});
