import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/evidence.js';
import type { Report } from '../../src/report.js';
import { FINGERPRINT_KEY, renderSarif } from '../../src/reporters/render-sarif.js';
import type { SarifResult } from '../../src/reporters/sarif-types.js';
import { finding, result, sampleChange, sampleReport, todoFindings } from './fixture.js';

function run(report: Report, maxResults?: number) {
  const log = renderSarif(report, maxResults === undefined ? {} : { maxResults });
  const only = log.runs[0];
  if (only === undefined) throw new Error('renderSarif wrote no run');
  return only;
}

function fingerprint(item: SarifResult | undefined): string | undefined {
  return item?.partialFingerprints[FINGERPRINT_KEY];
}

function locationOf(item: SarifResult | undefined): string {
  const physical = item?.locations[0]?.physicalLocation;
  return `${physical?.artifactLocation.uri ?? '?'}:${physical?.region?.startLine ?? 0}`;
}

/** One failed findings rule over `findings`, which are also the report's full finding list. */
function findingsReport(findings: Finding[], level: 'error' | 'warning' | 'notice' = 'error'): Report {
  return sampleReport({
    findings,
    results: [
      result({
        id: 'no-generic-catch',
        level,
        evidence: { metric: 'catch.generic', actual: findings.length, expected: '<= 0 findings', findings: findings.slice(0, 20), findingCount: findings.length },
      }),
    ],
  });
}

describe('renderSarif', () => {
  test('writes a SARIF 2.1.0 document', () => {
    const report = findingsReport([finding(), finding({ file: 'scripts/run.py', line: 0, message: 'bare `except:` catches every error' })]);
    expect(renderSarif(report)).toMatchInlineSnapshot(`
      {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [
          {
            "results": [
              {
                "level": "error",
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "scripts/run.py",
                        "uriBaseId": "%SRCROOT%",
                      },
                    },
                  },
                ],
                "message": {
                  "text": "bare \`except:\` catches every error",
                },
                "partialFingerprints": {
                  "readinessFinding/v1": "a97e65b1650bd7da59c0d3be545fb7c0bffdb55156ea95b548c5d0cc37080700",
                },
                "ruleId": "no-generic-catch",
                "ruleIndex": 0,
              },
              {
                "level": "error",
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "src/app/service.py",
                        "uriBaseId": "%SRCROOT%",
                      },
                      "region": {
                        "startLine": 12,
                      },
                    },
                  },
                ],
                "message": {
                  "text": "\`except Exception\` catches every error",
                },
                "partialFingerprints": {
                  "readinessFinding/v1": "e135f4b8a1554693be4307fe2418113358da28d5ecf7d06cecbb2eabf0d03a3a",
                },
                "ruleId": "no-generic-catch",
                "ruleIndex": 0,
              },
            ],
            "tool": {
              "driver": {
                "informationUri": "https://github.com/readiness-gate/readiness-gate",
                "name": "readiness-gate",
                "rules": [
                  {
                    "defaultConfiguration": {
                      "level": "error",
                    },
                    "fullDescription": {
                      "text": "Catch the errors you expect, so unexpected ones surface. Checks catch.generic <= 0 findings.",
                    },
                    "id": "no-generic-catch",
                    "name": "no-generic-catch",
                    "properties": {
                      "category": "code-quality",
                      "tags": [
                        "readiness",
                        "code-quality",
                      ],
                    },
                    "shortDescription": {
                      "text": "Catch the errors you expect, so unexpected ones surface.",
                    },
                  },
                ],
                "version": "0.1.0",
              },
            },
          },
        ],
        "version": "2.1.0",
      }
    `);
  });

  test('maps levels: error → error, warning → warning, notice → note', () => {
    const report = sampleReport({
      findings: [finding({ kind: 'a' }), finding({ kind: 'b' }), finding({ kind: 'c' })],
      results: [
        result({ id: 'n', level: 'notice', evidence: { metric: 'c', findings: [], findingCount: 1 } }),
        result({ id: 'w', level: 'warning', evidence: { metric: 'b', findings: [], findingCount: 1 } }),
        result({ id: 'e', level: 'error', evidence: { metric: 'a', findings: [], findingCount: 1 } }),
      ],
    });
    const sarif = run(report);
    expect(sarif.tool.driver.rules.map((rule) => [rule.id, rule.defaultConfiguration.level])).toEqual([
      ['e', 'error'],
      ['w', 'warning'],
      ['n', 'note'],
    ]);
    expect(sarif.results.map((item) => [item.ruleId, item.ruleIndex, item.level])).toEqual([
      ['e', 0, 'error'],
      ['w', 1, 'warning'],
      ['n', 2, 'note'],
    ]);
  });

  test("writes every finding of a failed rule's kind, not only the 20 the report kept", () => {
    const findings = todoFindings(45).map((item) => ({ ...item, kind: 'catch.generic' }));
    const other = finding({ kind: 'todo.comments', file: 'elsewhere.py' });
    expect(run({ ...findingsReport(findings), findings: [other, ...findings] }).results).toHaveLength(45);
  });

  test('writes only the new findings for a rule that judges the lines a pull request adds', () => {
    const fresh = todoFindings(25, 'new.py');
    const report = sampleReport({
      findings: [...todoFindings(40, 'old.py'), ...fresh],
      change: sampleChange({ newFindings: fresh }),
      results: [
        result({ id: 'no-new-todos', evidence: { metric: 'todo.comments', expected: '<= 0 new findings', findings: fresh.slice(0, 20), findingCount: 25 } }),
      ],
    });
    const files = new Set(run(report).results.map((item) => item.locations[0]?.physicalLocation.artifactLocation.uri));
    expect(run(report).results).toHaveLength(25);
    expect(files).toEqual(new Set(['new.py']));
  });

  test('leaves out passed rules and rules that failed without findings', () => {
    const report = sampleReport({
      findings: [finding({ kind: 'tests.cases' })],
      results: [
        result({ id: 'too-few-tests', evidence: { metric: 'tests.cases', actual: 1, expected: '>= 5', findings: [], findingCount: 0 } }),
        result({ id: 'passed', status: 'pass', evidence: { metric: 'tests.cases', findings: [], findingCount: 1 } }),
      ],
    });
    expect(run(report)).toEqual(expect.objectContaining({ results: [], tool: expect.objectContaining({ driver: expect.objectContaining({ rules: [] }) }) }));
  });

  test('omits the region for a whole-file finding and keeps the column when known', () => {
    const report = findingsReport([finding({ file: 'a.py', line: 0 }), finding({ file: 'b.py', line: 3, column: 9 })]);
    const [whole, located] = run(report).results;
    expect(whole?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'a.py', uriBaseId: '%SRCROOT%' } });
    expect(located?.locations[0]?.physicalLocation.region).toEqual({ startLine: 3, startColumn: 9 });
  });

  test('percent-encodes each path segment of the URI', () => {
    const report = findingsReport([finding({ file: 'docs/#1 a?b.py' })]);
    expect(run(report).results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('docs/%231%20a%3Fb.py');
  });

  test('output order does not depend on the order of report.findings', () => {
    const findings = [finding({ file: 'b.py', line: 2 }), finding({ file: 'a.py', line: 9 }), finding({ file: 'a.py', line: 1 })];
    const sorted = renderSarif(findingsReport(findings));
    expect(renderSarif(findingsReport([...findings].reverse()))).toEqual(sorted);
    expect(sorted.runs[0]?.results.map(locationOf)).toEqual(['a.py:1', 'a.py:9', 'b.py:2']);
  });
});

describe('renderSarif fingerprints', () => {
  test('are sha256 of rule id, file, message and occurrence index', () => {
    const expected = createHash('sha256').update('no-generic-catch\u0000src/app/service.py\u0000`except Exception` catches every error\u00000').digest('hex');
    expect(fingerprint(run(findingsReport([finding()])).results[0])).toBe(expected);
  });

  test('stay the same when a finding moves to another line', () => {
    const before = run(findingsReport([finding({ line: 12 })])).results[0];
    const after = run(findingsReport([finding({ line: 31 })])).results[0];
    expect(locationOf(before)).not.toBe(locationOf(after));
    expect(fingerprint(after)).toBe(fingerprint(before));
  });

  test('differ for two identical messages in one file, by occurrence index', () => {
    const results = run(findingsReport([finding({ line: 30 }), finding({ line: 12 }), finding({ file: 'other.py', line: 12 })])).results;
    const fingerprints = results.map(fingerprint);
    expect(new Set(fingerprints).size).toBe(3);
    const moved = run(findingsReport([finding({ line: 40 }), finding({ line: 20 }), finding({ file: 'other.py', line: 1 })])).results;
    expect(moved.map(fingerprint)).toEqual(fingerprints);
  });
});

describe('renderSarif within maxResults', () => {
  const findings = todoFindings(30).map((item) => ({ ...item, kind: 'catch.generic' }));

  test('is not marked truncated when every result fits', () => {
    expect(run(findingsReport(findings))).not.toHaveProperty('properties');
  });

  test('caps the results and says so, keeping the fingerprints of those kept', () => {
    const all = run(findingsReport(findings)).results;
    const capped = run(findingsReport(findings), 10);
    expect(capped.results).toEqual(all.slice(0, 10));
    expect(capped.properties).toEqual({
      truncated: true,
      note: '10 of 30 results included (code scanning accepts 10 per run); the JSON report has them all',
    });
    expect(capped.tool.driver.rules).toHaveLength(1);
  });

  test('defaults to 25,000 results', () => {
    const many = Array.from({ length: 25_003 }, (_, line) => finding({ file: 'big.py', line: line + 1 }));
    const capped = run(findingsReport(many));
    expect(capped.results).toHaveLength(25_000);
    expect(capped.properties?.note).toBe('25000 of 25003 results included (code scanning accepts 25000 per run); the JSON report has them all');
  });
});
