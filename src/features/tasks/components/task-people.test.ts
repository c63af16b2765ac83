import { describe, expect, it } from 'vitest';
import { assigneeLabels, taskPeople } from './task-people';

const members = [
  { user_id: 'u1', first_name: 'Olivia', last_name: 'Owner', email: 'olivia@example.com' },
  { user_id: 'u2', first_name: null, last_name: null, email: 'sam@example.com' },
];

describe('the people of the task pages', () => {
  it('names the members, marking the reader', () => {
    expect(taskPeople(members, 'u2')).toEqual([
      { id: 'u1', name: 'Olivia Owner', you: false },
      { id: 'u2', name: 'sam@example.com', you: true },
    ]);
  });

  it('labels each assignee for the reader', () => {
    const people = taskPeople(members, 'u1');
    expect(assigneeLabels(people, [{ assignee_id: 'u1' }, { assignee_id: 'u2' }, { assignee_id: null }, { assignee_id: 'gone' }])).toEqual({
      u1: 'You',
      u2: 'sam@example.com',
      gone: 'A former member',
    });
  });
});
