import { describe, expect, it } from 'vitest';
import { collect, found } from './helpers.js';

describe('python todo.comments', () => {
  it.each([
    ['tag with a colon', '# TODO: fix this', ['1: TODO: fix this']],
    ['first tag names the finding, one finding per comment', 'x = 1  # FIXME and TODO', ['1: FIXME: and TODO']],
    ['XXX and HACK', '#XXX\n#   HACK(ann) tidy', ['1: XXX: XXX', '2: HACK: (ann) tidy']],
    ['lower case is not a tag', '# todo later', []],
    ['part of a word is not a tag', '# TODOS, XXXL, MY_HACK, HACK2', []],
  ])('%s', (_name, source, expected) => {
    expect(found(collect(source), 'todo.comments')).toEqual(expected);
  });

  it('cuts long comments to 120 characters', () => {
    const [message] = found(collect(`# TODO ${'x'.repeat(300)}`), 'todo.comments');
    expect(message).toBe(`1: TODO: ${'x'.repeat(120)}…`);
  });

  it('counts TODOs in test code too', () => {
    expect(found(collect('# TODO in a test', 'tests/test_a.py'), 'todo.comments')).toEqual(['1: TODO: in a test']);
  });

  it('gives the comment column', () => {
    const finding = collect('x = 1  # TODO').find((item) => item.kind === 'todo.comments');
    expect(finding).toMatchObject({ line: 1, column: 8, data: { tag: 'TODO' } });
  });
});
