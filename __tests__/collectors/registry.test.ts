import { describe, expect, it } from 'vitest';
import { pathCollectors, textCollectors } from '../../src/collectors/index.js';
import { METRIC_NAMES } from '../../src/rules/metric-catalog.js';
import { scanRepository } from '../../src/scan/scan-repository.js';
import { makeTempRepo } from '../helpers/temp-repo.js';

// One small file per kind of evidence, so every collector has something to report.
const EVERYTHING = {
  'README.md': '# x\n',
  'LICENSE': 'MIT\n',
  'app.py': 'def f():\n    try:\n        pass\n    except Exception:\n        pass\n# TODO x\n',
  'test_app.py': 'import pytest\n@pytest.mark.skip\ndef test_a():\n    pass\n',
  'web/app.ts': 'export function f(): void { throw new Error("not implemented"); }\n',
  'web/app.test.ts': 'it.skip("a", () => {});\n',
  'main.go': 'package main\nfunc main() { panic("x") }\n',
  'main_test.go': 'package main\nimport "testing"\nfunc TestX(t *testing.T) { t.Run("a", func(t *testing.T) { t.Skip() }) }\nfunc BenchmarkX(b *testing.B) {}\n',
  'src/lib.rs': 'fn f() { todo!() }\n#[test]\n#[ignore]\nfn t() {}\n',
  'src/test/java/ATest.java': 'class ATest { @Test @Disabled void a() {} @RepeatedTest(2) void b() {} }\n',
  'src/main/java/A.java': 'class A { void f() { try { } catch (Exception e) { } } }\n',
  'Svc.cs': 'class S { void F() { try { } catch { } } }\n',
  'lib/a.rb': 'def f\n  x rescue nil\nend\n',
  'spec/a_spec.rb': 'xit "a" do\nend\nit "b" do\n  pending\nend\n',
  'src/A.php': '<?php\ntry { f(); } catch (\\Exception $e) { }\n',
  'tests/ATest.php': '<?php\nclass ATest { public function testA() {} }\n',
  'Dockerfile': 'FROM python\nFROM python:3.12 AS b\n',
  'docker-compose.yml': 'services:\n  web:\n    image: x\n',
  '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: pytest\n',
  '.gitlab-ci.yml': 'test: {}\n',
  'db/migrate/001_init.rb': 'class Init; end\n',
  '.env': 'A=1\n',
  'config.py': 'KEY = "ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"\n',
  'api.py': 'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/health")\ndef health():\n    return 1\n',
  'openapi.yaml': 'openapi: 3.0.0\ninfo: {title: x, version: "1"}\npaths: {}\n',
  'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          image: a\n',
  'package.json': '{"dependencies": {"pino": "1", "helmet": "1", "express-rate-limit": "1", "@sentry/node": "1"}}\n',
  'requirements.txt': 'flask\n',
  'Procfile': 'web: x\n',
  'main.tf': 'x {}\n',
  'charts/a/Chart.yaml': 'name: a\n',
  'CHANGELOG.md': '# x\n',
  'docs/runbooks/deploy.md': '# x\n',
  'SECURITY.md': '# x\n',
  'broken.yml': 'a: [\n',
};

describe('the collector registry', () => {
  it('lists collectors once each, sorted by id', () => {
    for (const collectors of [textCollectors, pathCollectors]) {
      const ids = collectors.map((collector) => collector.id);
      expect(ids).toEqual([...new Set(ids)].sort());
    }
  });

  it('emits only metrics the rule catalog knows, so a rule can name every finding kind', async () => {
    const root = makeTempRepo(EVERYTHING);
    const scan = await scanRepository(root, { maxFileBytes: 1 << 20, textCollectors, pathCollectors });
    const kinds = [...new Set(scan.findings.map((finding) => finding.kind))].sort();
    expect(kinds.filter((kind) => !METRIC_NAMES.includes(kind))).toEqual([]);
    expect(kinds.length).toBeGreaterThan(45);
  });
});
