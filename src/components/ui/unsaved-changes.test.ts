import { describe, expect, it } from 'vitest';
import { formSnapshot, snapshotChanged } from './unsaved-changes';

function form(entries: [string, string | File][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('unsaved changes in a form', () => {
  const opened = formSnapshot(
    form([
      ['first_name', ''],
      ['status', 'lead'],
      ['notes', ''],
    ]),
  );

  it('sees none while the fields hold what they opened with', () => {
    expect(
      snapshotChanged(
        opened,
        formSnapshot(
          form([
            ['first_name', ''],
            ['status', 'lead'],
            ['notes', ''],
          ]),
        ),
      ),
    ).toBe(false);
  });

  it('sees a half-typed name, a changed select and a changed text area', () => {
    expect(
      snapshotChanged(
        opened,
        formSnapshot(
          form([
            ['first_name', 'Marg'],
            ['status', 'lead'],
            ['notes', ''],
          ]),
        ),
      ),
    ).toBe(true);
    expect(
      snapshotChanged(
        opened,
        formSnapshot(
          form([
            ['first_name', ''],
            ['status', 'customer'],
            ['notes', ''],
          ]),
        ),
      ),
    ).toBe(true);
    expect(
      snapshotChanged(
        opened,
        formSnapshot(
          form([
            ['first_name', ''],
            ['status', 'lead'],
            ['notes', 'x'],
          ]),
        ),
      ),
    ).toBe(true);
  });

  it('sees none after typing and then erasing again', () => {
    const typed = formSnapshot(
      form([
        ['first_name', 'M'],
        ['status', 'lead'],
        ['notes', ''],
      ]),
    );
    expect(snapshotChanged(opened, typed)).toBe(true);
    expect(
      snapshotChanged(
        opened,
        formSnapshot(
          form([
            ['first_name', ''],
            ['status', 'lead'],
            ['notes', ''],
          ]),
        ),
      ),
    ).toBe(false);
  });

  it('sees a field that appeared or went away (a section shown for one choice)', () => {
    const expense = formSnapshot(
      form([
        ['type', 'expense'],
        ['amount', ''],
      ]),
    );
    expect(
      snapshotChanged(
        expense,
        formSnapshot(
          form([
            ['type', 'income'],
            ['amount', ''],
            ['invoice_id', ''],
          ]),
        ),
      ),
    ).toBe(true);
    expect(
      snapshotChanged(
        expense,
        formSnapshot(
          form([
            ['type', 'expense'],
            ['amount', ''],
          ]),
        ),
      ),
    ).toBe(false);
  });

  it('tells fields apart by name, keeps repeated names, and ignores unnamed ones and line-ending differences', () => {
    expect(formSnapshot(form([['a', 'b=c']]))).not.toBe(formSnapshot(form([['a=b', 'c']])));
    expect(
      formSnapshot(
        form([
          ['tag', 'x'],
          ['tag', 'y'],
        ]),
      ),
    ).not.toBe(formSnapshot(form([['tag', 'x']])));
    expect(
      formSnapshot(
        form([
          ['', 'search text'],
          ['a', '1'],
        ]),
      ),
    ).toBe(formSnapshot(form([['a', '1']])));
    expect(formSnapshot(form([['notes', 'one\r\ntwo']]))).toBe(formSnapshot(form([['notes', 'one\ntwo']])));
    const file = new File(['abc'], 'logo.png');
    expect(formSnapshot(form([['logo', file]]))).toBe(JSON.stringify([['logo', 'file:logo.png:3']]));
  });

  it('sees no change before the form has appeared', () => {
    expect(snapshotChanged(null, opened)).toBe(false);
    expect(snapshotChanged(opened, null)).toBe(false);
  });
});
