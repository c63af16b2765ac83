import { describe, expect, it } from 'vitest';
import { taskAction } from './work';

describe('what a request does to a task, by its verb wherever it stands', () => {
  it('reads the verbs of throwing away, anywhere in the sentence', () => {
    expect(taskAction('trash the follow up on the relaunch proposal task')).toBe('delete');
    expect(taskAction('my accountant does the quarterly taxes now so delete that task')).toBe('delete');
    expect(taskAction('bin the lease check')).toBe('delete');
  });
  it('tells reopening, starting, moving, renaming and finishing apart', () => {
    expect(taskAction('reopen the kenji storyboard task')).toBe('reopen');
    expect(taskAction('mark follow up on the relaunch proposal as in progress')).toBe('start');
    expect(taskAction('the retainer report can wait until tomorrow')).toBe('move');
    expect(taskAction('rename the task prepare quarterly taxes to prepare q4 taxes')).toBe('rename');
    expect(taskAction('i called grace about the website you can tick that off')).toBe('complete');
  });
  it('leaves questions to the list', () => {
    expect(taskAction('show completed tasks')).toBeUndefined();
    expect(taskAction('which tasks are done')).toBeUndefined();
  });
});
