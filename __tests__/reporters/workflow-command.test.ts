import { describe, expect, test } from 'vitest';
import { formatWorkflowCommand } from '../../src/reporters/workflow-command.js';

const ZWSP = '\u200B';

describe('formatWorkflowCommand', () => {
  test('formats an annotation with a line', () => {
    expect(
      formatWorkflowCommand({ level: 'warning', file: 'src/a.py', line: 3, title: 'readiness-gate: no-todo', message: 'TODO left' }),
    ).toBe('::warning file=src/a.py,line=3,title=readiness-gate%3A no-todo::TODO left');
  });

  test('leaves out the line for a whole-file annotation', () => {
    expect(formatWorkflowCommand({ level: 'notice', file: 'Dockerfile', title: 't', message: 'm' })).toBe(
      '::notice file=Dockerfile,title=t::m',
    );
  });

  test('escapes properties like @actions/core', () => {
    expect(
      formatWorkflowCommand({ level: 'error', file: 'a,b:c%d\r\ne.py', line: 1, title: 'x,y:z%\n', message: 'm' }),
    ).toBe('::error file=a%2Cb%3Ac%25d%0D%0Ae.py,line=1,title=x%2Cy%3Az%25%0A::m');
  });

  test('escapes the message like @actions/core, keeping colons and commas', () => {
    expect(formatWorkflowCommand({ level: 'error', file: 'f', title: 't', message: 'a: b, 100%\r\n::error::x %0A' })).toBe(
      '::error file=f,title=t::a: b, 100%25%0D%0A::error::x %250A',
    );
  });

  test('keeps a forged command inside the message on the same line', () => {
    const line = formatWorkflowCommand({ level: 'notice', file: 'f', title: 't', message: 'x\n::error::forged' });
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe('::notice file=f,title=t::x%0A::error::forged');
  });

  test('neutralises the legacy ##[ form in the message, the title and the file', () => {
    expect(
      formatWorkflowCommand({ level: 'warning', file: '##[x].py', title: '##[group]t', message: 'a ##[error]x ##[set-output name=a;]b' }),
    ).toBe(`::warning file=#${ZWSP}#[x].py,title=#${ZWSP}#[group]t::a #${ZWSP}#[error]x #${ZWSP}#[set-output name=a;]b`);
  });
});
