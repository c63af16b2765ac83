import { describe, expect, it } from 'vitest';
import { periodProblem } from './period-check';

describe('periodProblem', () => {
  it('takes a range the API takes', () => {
    expect(periodProblem({ from: '2026-03-10', to: '2026-04-09' }, 'day')).toBeNull();
  });

  it('says in words what is wrong with the dates', () => {
    expect(periodProblem({ from: '2026-03-10', to: '2026-03-01' }, 'month')).toBe('The start date must not be after the end date');
    expect(periodProblem({ from: '2026-03-10', to: '' }, 'month')).toMatch(/^The end date /);
    expect(periodProblem({ from: '2010-01-01', to: '2026-01-01' }, 'month')).toMatch(
      /^The end date must be less than \d+ years after the start date$/,
    );
  });
});
