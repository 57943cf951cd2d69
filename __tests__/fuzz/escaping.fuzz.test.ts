// The escaping and rule-file layers on arbitrary text, in-process and fast.
import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { codeBlock, codeSpan, escapeInline, escapeText } from '../../src/reporters/markdown-escape.js';
import { formatWorkflowCommand } from '../../src/reporters/workflow-command.js';
import { loadRuleFileText, RuleFileError } from '../../src/rules/load-rule-file.js';
import { expectInertMarkdown, HOSTILE_MARKDOWN } from '../hostile/helpers.js';
import { ruleFileText } from './arbitraries.js';
import { runsFor, timeoutFor } from './fuzz-runs.js';

const RUNS = runsFor(200);
const hostileText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })).map(([a, b]) => `${a}${HOSTILE_MARKDOWN}${b}`),
  fc.constantFrom('::set-output name=a::b', '##[error]x', '::stop-commands::t', '%0A::error::x', 'a\r\n::warning::b'),
);

describe('escaping', () => {
  it.prop([hostileText, hostileText, hostileText], { numRuns: RUNS })(
    'a workflow command stays one line and no repository text adds a command',
    (file, title, message) => {
      const line = formatWorkflowCommand({ level: 'warning', file, line: 3, title, message });
      expect(line).not.toMatch(/[\r\n]/);
      expect(line).not.toContain('##[');
      expect(line.startsWith('::warning file=')).toBe(true);
      // Properties cannot split: every `,` and `:` inside them is escaped.
      const properties = line.slice('::warning '.length, line.indexOf('::', 2));
      expect(properties.split(',')).toHaveLength(3);
    },
    timeoutFor(RUNS, 50),
  );

  it.prop([hostileText], { numRuns: RUNS })(
    'escaped Markdown of any text cannot ping, link, embed HTML or close a <details>',
    (text) => {
      const rendered = [escapeText(text), escapeInline(text), codeSpan(text), codeSpan(text, { inTable: true }), codeBlock(text)].join('\n\n');
      expectInertMarkdown(rendered);
      for (const oneLine of [escapeText(text), escapeInline(text), codeSpan(text)]) expect(oneLine).not.toMatch(/[\r\n]/);
    },
    timeoutFor(RUNS, 50),
  );
});

describe('rule files', () => {
  it.prop([ruleFileText], { numRuns: RUNS })(
    'any rule-file text resolves or fails with located problems, never with another error',
    (text) => {
      let problems: string[] = [];
      try {
        loadRuleFileText(text, '.github/readiness.yml');
      } catch (error) {
        if (!(error instanceof RuleFileError)) throw error;
        problems = error.problems;
        expect(problems.length).toBeGreaterThan(0);
      }
      for (const problem of problems) expect(problem).toMatch(/^\.github\/readiness\.yml:\d+:\d+ /);
    },
    timeoutFor(RUNS, 50),
  );
});
