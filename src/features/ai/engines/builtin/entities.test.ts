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
