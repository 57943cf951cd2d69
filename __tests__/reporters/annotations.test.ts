import { describe, expect, test } from 'vitest';
import { selectAnnotations } from '../../src/reporters/annotations.js';
import { finding, result, sampleChangeReport, sampleReport, todoFindings } from './fixture.js';

describe('selectAnnotations', () => {
  test('turns the findings of failed rules into annotations, errors first', () => {
    const { annotations, omitted } = selectAnnotations(sampleReport(), { perLevel: 10 });
    expect(annotations.slice(0, 4)).toEqual([
      {
        level: 'error',
        file: 'src/app/service.py',
        line: 12,
        title: 'readiness-gate: no-generic-catch',
        message: '`except Exception` catches every error — Catch the errors you expect, so unexpected ones surface.',
      },
      expect.objectContaining({ level: 'error', file: 'src/app/worker.py', line: 40 }),
      expect.objectContaining({ level: 'error', file: 'web/src/api.ts', line: 7 }),
      {
        level: 'warning',
        file: 'Dockerfile',
        title: 'readiness-gate: dockerfile-healthcheck',
        message: 'no HEALTHCHECK instruction — Orchestrators restart containers that report unhealthy.',
      },
    ]);
    expect(annotations.map((annotation) => annotation.level)).toEqual([
      'error', 'error', 'error', 'warning', ...Array<string>(10).fill('notice'),
    ]);
    expect(omitted).toEqual({ error: 0, warning: 0, notice: 17 });
  });

  test('a finding on line 0 annotates the file without a line', () => {
    const { annotations } = selectAnnotations(sampleReport(), { perLevel: 10 });
    expect(annotations[3]).not.toHaveProperty('line');
  });

  test('ignores passed and not-applicable rules, and failed metric rules without findings', () => {
    const report = sampleReport({
      results: [
        result({ id: 'passed', status: 'pass', evidence: { findings: [finding()], findingCount: 1 } }),
        result({ id: 'n-a', status: 'not-applicable', evidence: { findings: [finding()], findingCount: 1 } }),
        result({ id: 'metric-only', evidence: { metric: 'tests.cases', actual: 0, findings: [], findingCount: 0 } }),
      ],
    });
    expect(selectAnnotations(report, { perLevel: 10 })).toEqual({ annotations: [], omitted: { error: 0, warning: 0, notice: 0 } });
  });

  test('caps each level and counts findings cut before the report as omitted', () => {
    const report = sampleReport({
      results: [
        result({ id: 'a', evidence: { findings: todoFindings(8, 'a.py'), findingCount: 8 } }),
        result({ id: 'b', evidence: { findings: todoFindings(20, 'b.py'), findingCount: 45 } }),
        result({ id: 'w', level: 'warning', evidence: { findings: todoFindings(2, 'w.py'), findingCount: 2 } }),
      ],
    });
    const { annotations, omitted } = selectAnnotations(report, { perLevel: 10 });
    expect(annotations.map((annotation) => `${annotation.level} ${annotation.file}:${annotation.line}`)).toEqual([
      ...[3, 4, 5, 6, 7, 8, 9, 10].map((line) => `error a.py:${line}`),
      'error b.py:3',
      'error b.py:4',
      'warning w.py:3',
      'warning w.py:4',
    ]);
    expect(omitted).toEqual({ error: 43, warning: 0, notice: 0 });
  });

  test('puts preferred findings first within their level, keeping order otherwise', () => {
    const report = sampleReport({
      results: [
        result({ id: 'a', evidence: { findings: todoFindings(3, 'old.py'), findingCount: 3 } }),
        result({ id: 'b', evidence: { findings: todoFindings(2, 'new.py'), findingCount: 2 } }),
        result({ id: 'w', level: 'warning', evidence: { findings: todoFindings(1, 'w.py'), findingCount: 1 } }),
      ],
    });
    const { annotations, omitted } = selectAnnotations(report, {
      perLevel: 3,
      prefer: (item) => item.file === 'new.py' || item.file === 'w.py',
    });
    expect(annotations.map((annotation) => `${annotation.file}:${annotation.line}`)).toEqual([
      'new.py:3',
      'new.py:4',
      'old.py:3',
      'w.py:3',
    ]);
    expect(omitted).toEqual({ error: 2, warning: 0, notice: 0 });
  });

  test('in pull-request mode, marks new findings in the title', () => {
    const { annotations } = selectAnnotations(sampleChangeReport(), { perLevel: 10 });
    expect(annotations.slice(0, 3).map((annotation) => `${annotation.title} ${annotation.file}:${annotation.line}`)).toEqual([
      'readiness-gate: no-generic-catch (new) src/app/worker.py:40',
      'readiness-gate: no-generic-catch src/app/service.py:12',
      'readiness-gate: no-generic-catch web/src/api.ts:7',
    ]);
    expect(annotations.filter((annotation) => annotation.title.endsWith('(new)')).map((annotation) => annotation.line)).toEqual([40, 5, 30]);
  });

  test('annotates new findings the report had cut, keeping the omitted count', () => {
    const fresh = finding({ kind: 'todo.comments', file: 'new.py', line: 99, message: 'TODO comment left in code' });
    const report = sampleChangeReport(
      { newFindings: [fresh] },
      { results: [result({ id: 'todos', evidence: { metric: 'todo.comments', findings: todoFindings(20), findingCount: 21 } })] },
    );
    const { annotations, omitted } = selectAnnotations(report, { perLevel: 2, prefer: (item) => item.file === 'new.py' });
    expect(annotations.map((annotation) => `${annotation.title} ${annotation.file}:${annotation.line}`)).toEqual([
      'readiness-gate: todos (new) new.py:99',
      'readiness-gate: todos src/app/jobs.py:3',
    ]);
    expect(omitted).toEqual({ error: 19, warning: 0, notice: 0 });
  });
});
