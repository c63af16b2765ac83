import { describe, expect, it } from 'vitest';
import { boardMove } from './board-move';

describe('boardMove', () => {
  const columns = { lead: ['a', 'b', 'c'], won: ['x'] };

  it('moves a card down and up within its column, the others shifting', () => {
    expect(boardMove(columns, 'a', 'lead', 'c').lead).toEqual(['b', 'c', 'a']);
    expect(boardMove(columns, 'c', 'lead', 'a').lead).toEqual(['c', 'a', 'b']);
    expect(boardMove(columns, 'a', 'lead', null).lead).toEqual(['b', 'c', 'a']);
  });

  it('moves a card above another in a different column, or to its bottom', () => {
    expect(boardMove(columns, 'b', 'won', 'x')).toEqual({ lead: ['a', 'c'], won: ['b', 'x'] });
    expect(boardMove(columns, 'b', 'won', null)).toEqual({ lead: ['a', 'c'], won: ['x', 'b'] });
  });

  it('leaves the board alone for a drop on the card itself or an unknown place', () => {
    expect(boardMove(columns, 'a', 'lead', 'a')).toBe(columns);
    expect(boardMove(columns, 'a', 'nowhere', null)).toBe(columns);
    expect(boardMove(columns, 'zz', 'lead', null)).toBe(columns);
  });
});
