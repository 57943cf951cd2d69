import { describe, expect, it } from 'vitest';
import { operability } from '../../../src/collectors/operability.js';
import { codeLines } from '../../../src/collectors/operability/code-lines.js';
import { findPythonSettings } from '../../../src/collectors/operability/framework-settings.js';
import { findImportedLibraries } from '../../../src/collectors/operability/monitoring-imports.js';
import { findShutdownHooks } from '../../../src/collectors/operability/shutdown-hooks.js';
import { type SourceText, sourceText } from '../../../src/collectors/operability/source-text.js';
import { describeFile } from '../../../src/inventory/classify.js';

function found(path: string, text: string, kind: string): Array<[number, string]> {
  return operability
    .collect(describeFile(path), text)
    .filter((finding) => finding.kind === kind)
    .map((finding) => [finding.line, finding.message]);
}

describe('ops.monitoring from imports: one finding per SDK and file, at the first import', () => {
  const cases: Array<[string, string, Array<[number, string]>]> = [
    ['app.py', 'import os\nimport sentry_sdk\nfrom sentry_sdk.integrations import x\nfrom opentelemetry import trace\n', [[2, 'monitoring SDK `sentry` imported (`sentry_sdk`)'], [4, 'monitoring SDK `opentelemetry` imported (`opentelemetry`)']]],
    ['src/index.ts', "import * as Sentry from '@sentry/node';\nconst client = require('prom-client');\nimport('dd-trace');\n", [[1, 'monitoring SDK `sentry` imported (`@sentry/node`)'], [2, 'monitoring SDK `prometheus` imported (`prom-client`)'], [3, 'monitoring SDK `datadog` imported (`dd-trace`)']]],
    ['main.go', 'import (\n\t"fmt"\n\totelhttp "go.opentelemetry.io/contrib/x"\n\t"github.com/prometheus/client_golang/prometheus"\n)\n', [[4, 'monitoring SDK `prometheus` imported (`github.com/prometheus/client_golang/prometheus`)']]],
    ['src/main/java/App.java', 'import io.sentry.Sentry;\nimport io.micrometer.prometheus.PrometheusMeterRegistry;\n', [[1, 'monitoring SDK `sentry` imported (`io.sentry.Sentry`)'], [2, 'monitoring SDK `prometheus` imported (`io.micrometer.prometheus.PrometheusMeterRegistry`)']]],
    ['Program.cs', 'using OpenTelemetry.Trace;\nusing System;\n', [[1, 'monitoring SDK `opentelemetry` imported (`OpenTelemetry.Trace`)']]],
    ['config/initializers/sentry.rb', "require 'sentry-ruby'\n", [[1, 'monitoring SDK `sentry` imported (`sentry-ruby`)']]],
    // Names of Object.prototype members are not SDKs, even in a file that passes the whole-file check.
    ['lib/boot.rb', "require 'sentry-ruby'\nrequire 'constructor'\nrequire 'toString'\n", [[1, 'monitoring SDK `sentry` imported (`sentry-ruby`)']]],
    ['app.py', '# import sentry_sdk\n"""\nimport sentry_sdk\n"""\n', []],
  ];
  it.each(cases)('%s', (path, text, expected) => {
    expect(found(path, text, 'ops.monitoring')).toEqual(expected);
  });

  it('Go stdlib log/slog is structured logging', () => {
    expect(found('main.go', 'import "log/slog"\n', 'ops.structured-logging')).toEqual([[1, 'structured logging library `slog` imported (`log/slog`)']]);
  });
});

describe('ops.graceful-shutdown', () => {
  const cases: Array<[string, string, number[]]> = [
    ['server.js', "process.on('SIGTERM', () => server.close());\nprocess.on('SIGINT', stop);\n", [1]],
    ['src/main.ts', 'const app = await NestFactory.create(AppModule);\napp.enableShutdownHooks();\n', [2]],
    ['worker.py', 'signal.signal(signal.SIGTERM, handler)\nsignal.signal(signal.SIGINT, handler)\nloop.add_signal_handler(SIGTERM, stop)\n', [1, 3]],
    ['main.go', 'ctx, stop := signal.NotifyContext(context.Background(),\n\tos.Interrupt,\n\tsyscall.SIGTERM)\nsignal.Notify(c, os.Interrupt)\nsrv.Shutdown(ctx)\n', [1, 5]],
    ['src/main/java/App.java', 'Runtime.getRuntime().addShutdownHook(new Thread(this::stop));\n', [1]],
    ['lib/worker.rb', "Signal.trap('TERM') { exit }\n", [1]],
    ['src/main.rs', 'axum::serve(l, app).with_graceful_shutdown(shutdown_signal()).await;\n', [1]],
    ['server.js', "// process.on('SIGTERM', stop)\n", []],
    ['src/main/resources/application.properties', 'server.port=8080\nserver.shutdown=graceful\n', [2]],
    ['src/main/resources/application-prod.yml', 'server:\n  shutdown: graceful\n', [2]],
  ];
  it.each(cases)('%s', (path, text, lines) => {
    expect(found(path, text, 'ops.graceful-shutdown').map(([line]) => line)).toEqual(lines);
  });
});

describe('code settings', () => {
  it('a FastAPI app serves docs unless docs_url or openapi_url is None', () => {
    const text = 'app = FastAPI(title="x")\nadmin = FastAPI(\n    title="a",\n    docs_url=None,\n)\nother = fastapi.FastAPI(redoc_url=None)\n';
    expect(found('main.py', text, 'api.docs-frameworks')).toEqual([
      [1, 'FastAPI app serving OpenAPI docs at /docs'],
      [6, 'FastAPI app serving OpenAPI docs at /docs'],
    ]);
  });

  it("Django's SecurityMiddleware listed in settings, not in a comment", () => {
    const text = "MIDDLEWARE = [\n    'django.middleware.security.SecurityMiddleware',\n    # 'django.middleware.security.SecurityMiddleware',\n]\n";
    expect(found('proj/settings.py', text, 'ops.security-headers').map(([line]) => line)).toEqual([2]);
  });
});

describe('whole-file pre-checks', () => {
  it('still find an import with a comment before the module', () => {
    const text = "const Sentry = await import(/* webpackChunkName: \"s\" */ '@sentry/browser');\nconst p = require( \"prom-client\" );\n";
    expect(found('src/lazy.ts', text, 'ops.monitoring')).toEqual([
      [1, 'monitoring SDK `sentry` imported (`@sentry/browser`)'],
      [2, 'monitoring SDK `prometheus` imported (`prom-client`)'],
    ]);
  });

  it('still find a SIGTERM handler named in a template string', () => {
    expect(found('server.js', 'process.once( `SIGTERM`, close);\n', 'ops.graceful-shutdown').map(([line]) => line)).toEqual([1]);
  });

  /** How often `find` asks for the comment-free lines of `raw`. */
  function linesBuilt(raw: string, find: (source: SourceText) => unknown): number {
    const source = sourceText(raw, 'python');
    let built = 0;
    find({ raw, lines: () => ((built += 1), source.lines()) });
    return built;
  }

  it('skip building lines when the file lacks what a detector looks for', () => {
    const plain = 'import os\n\ndef main():\n    return os.environ.get("HOME")\n';
    expect(linesBuilt(plain, (source) => findImportedLibraries(source, 'python'))).toBe(0);
    expect(linesBuilt(plain, (source) => findShutdownHooks(source, 'python'))).toBe(0);
    expect(linesBuilt(plain, findPythonSettings)).toBe(0);
    expect(linesBuilt('import sentry_sdk\n', (source) => findImportedLibraries(source, 'python'))).toBe(1);
  });
});

describe('codeLines', () => {
  const cases: Array<[string, Parameters<typeof codeLines>[1], string, string[]]> = [
    ['keeps strings, blanks a trailing comment', 'javascript', "a('//x') // c", ["a('//x')     "]],
    ['block comments keep their lines', 'go', 'a /* b\nc */ d', ['a     ', '     d']],
    ['an escaped slash outside strings is not a comment', 'javascript', 'x = /:\\/\\//; y', ['x = /:\\/\\//; y']],
    ['Rust lifetimes are not strings', 'rust', "fn f<'a>(x: &'a str) // c", ["fn f<'a>(x: &'a str)     "]],
    ['PHP attributes are code, # comments are not', 'php', "#[Route('/health')]\n# x", ["#[Route('/health')]", '   ']],
    ['Ruby =begin blocks', 'ruby', '=begin\nget "/health"\n=end\nx', ['      ', '             ', '    ', 'x']],
    ['CRLF line ends are dropped', 'python', 'a = 1\r\nb', ['a = 1', 'b']],
    ['an unclosed string ends at the line end', 'javascript', 'a = "x\n// c', ['a = "x', '    ']],
    ['an escaped quote does not close a string', 'javascript', 's = "a\\"//b" // c', ['s = "a\\"//b"     ']],
    ['Go raw strings: no escapes, and they span lines', 'go', 'x := `C:\\` // c\ny := `a\n// b` // c', ['x := `C:\\`     ', 'y := `a', '// b`     ']],
    ['an escaped quote inside a triple-quoted string', 'python', 'x = """a\\"""b"""\ny', ['x = """      """', 'y']],
    ['two block comments on a line, the second over two lines', 'java', 'a /* b */ c /* d\ne */ f', ['a         c     ', '     f']],
  ];
  it.each(cases)('%s', (_name, language, text, expected) => {
    expect(codeLines(text, language)).toEqual(expected);
  });
});
