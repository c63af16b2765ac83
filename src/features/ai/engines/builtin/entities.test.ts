import { describe, expect, it } from 'vitest';
import { companyIntroduced, personIntroduced } from './entities';

describe('entities', () => {
  it('reads the person a request introduces, without the company that follows', () => {
    expect(personIntroduced('add Jane Smith from Globex as a lead')).toBe('Jane Smith');
    expect(personIntroduced('Please create a new customer called Anna Berg from Berg Consulting')).toBe('Anna Berg');
    expect(personIntroduced('i met kwame mensah with accra digital today, add him as a lead')).toBe('kwame mensah');
    expect(personIntroduced('could you save "Lena Fischer" as a contact? she works at Fischer Bau')).toBe('Lena Fischer');
    expect(personIntroduced('save new contact: Ines Duarte ines@duarte.pt')).toBe('Ines Duarte');
  });

  it('reads the company introduced with from, at, with or works at', () => {
    expect(companyIntroduced('add Jane Smith from Globex as a lead')).toBe('Globex');
    expect(companyIntroduced('new contact: Peter Hall at Hall & Partners, peter@hallpartners.com')).toBe('Hall & Partners');
    expect(companyIntroduced('she works at Fischer Bau')).toBe('Fischer Bau');
    expect(companyIntroduced('add Chen Wei as a client')).toBeUndefined();
  });
});

describe('names after words that only say where or what the person is', () => {
  it('skips "in a new lead", "on our account" and "contact person" to the name itself', () => {
    expect(personIntroduced('put in a new lead - Clara Jensen, Jensen Bikes')).toBe('Clara Jensen');
    expect(personIntroduced('Fernhill Analytics has a new person on our account: Tom Reid, tom.reid@fernhill.io. add him')).toBe(
      'Tom Reid',
    );
    expect(personIntroduced('Harborline Logistics has a new contact person: Nina Park, nina@harborline.com. save her')).toBe('Nina Park');
    expect(personIntroduced('New contact: Name: Diego Ramos\nCompany: Ramos Coffee')).toBe('Diego Ramos');
  });
});

describe('the person a request introduces, said after someone else', () => {
  it('reads the colleague after a possessive, and no name in "someone"', () => {
    expect(personIntroduced("add Kenji's assistant Mika Sato, mika@kaze.jp")).toBe('Mika Sato');
    expect(personIntroduced('save Amara’s partner Tunde Bello')).toBe('Tunde Bello');
    expect(personIntroduced('we met somebody at the trade fair')).toBeUndefined();
  });
});

describe('a name given in its two labelled parts', () => {
  it('reads "first name …, last name …" in either order, with "is" or a colon', () => {
    expect(personIntroduced('create contact, first name Aisha, last name Bello, email aisha@bello.ng')).toBe('Aisha Bello');
    expect(personIntroduced('new lead - surname: Okoro, first name: Chidi, phone 0803 555 0101')).toBe('Chidi Okoro');
    expect(personIntroduced('add a contact: first name is Isabel, last name is Romero')).toBe('Isabel Romero');
    // a first name alone is read as before
    expect(personIntroduced('add a contact named Mei Lin')).toBe('Mei Lin');
  });
});
