import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/evidence.js';
import { operability } from '../../../src/collectors/operability.js';
import { findHealthRoutes } from '../../../src/collectors/operability/health-routes.js';
import { sourceText } from '../../../src/collectors/operability/source-text.js';
import { describeFile } from '../../../src/inventory/classify.js';

function routes(path: string, text: string): Array<[number, string]> {
  return operability
    .collect(describeFile(path), text)
    .filter((finding) => finding.kind === 'ops.health-endpoints')
    .map((finding) => [finding.line, String(finding.data?.route)]);
}

describe('ops.health-endpoints: one finding per route, at its line', () => {
  const cases: Array<[string, string, string, Array<[number, string]>]> = [
    ['FastAPI decorators', 'app/main.py', '@app.get("/health")\ndef h(): ...\n@router.get("/api/v1/healthz")\n@app.post("/health")\n', [[1, '/health'], [3, '/api/v1/healthz']]],
    ['Flask route and Starlette Route', 'app.py', "@bp.route('/readyz')\nroutes = [Route('/livez', endpoint=h)]\napp.add_api_route('/ready', h)\n", [[1, '/readyz'], [2, '/livez'], [3, '/ready']]],
    ['Django path, re_path and django-health-check', 'proj/urls.py', 'urlpatterns = [\n    path("health/", views.health),\n    re_path(r"^healthz/?$", v),\n    path("ht/", include("health_check.urls")),\n]\n', [[2, 'health/'], [3, '^healthz/?$'], [4, 'ht/']]],
    ['Express, Koa, Hono', 'src/server.ts', "app.get('/healthz', (req, res) => res.send('ok'));\nrouter.get(\"/health/live\", ctx => {});\napp.use('/health', healthRouter);\n", [[1, '/healthz'], [2, '/health/live'], [3, '/health']]],
    ['HTTP clients are not routes', 'src/poll.js', "axios.get('/health', { timeout: 1 });\nthis.http.get('/healthz', opts);\nrequest(app).get('/health');\n", []],
    ['NestJS controller prefix joined to methods', 'src/health.controller.ts', "@Controller('health')\nexport class HealthController {\n  @Get()\n  check() {}\n  @Get('ready')\n  ready() {}\n  @Get('deps')\n  deps() {}\n}\n", [[3, 'health/'], [5, 'health/ready'], [7, 'health/deps']]],
    ['Spring class-level RequestMapping and method GetMapping', 'src/main/java/Health.java', '@RestController\n@RequestMapping("/health")\npublic class Health {\n  @GetMapping\n  String up() { return "ok"; }\n  @GetMapping(value = "/live")\n  String live() { return "ok"; }\n}\n', [[4, '/health/'], [6, '/health/live']]],
    ['Spring method-level GetMapping', 'src/main/kotlin/Api.kt', '@RestController\nclass Api {\n  @GetMapping("/healthz")\n  fun h() = "ok"\n}\n', [[3, '/healthz']]],
    ['Go routers and Go 1.22 patterns', 'cmd/server/main.go', 'http.HandleFunc("/healthz", h)\nmux.HandleFunc("GET /readyz", h)\nr.GET("/health", h)\ne.GET("/ping", h)\nresp, _ := http.Get("/healthz", x)\n', [[1, '/healthz'], [2, 'GET /readyz'], [3, '/health']]],
    ['Rails built-in health check and Sinatra', 'config/routes.rb', 'Rails.application.routes.draw do\n  get "up" => "rails/health#show", as: :rails_health_check\n  get \'/healthz\', to: \'health#show\'\nend\n', [[2, 'up'], [3, '/healthz']]],
    ['ASP.NET minimal APIs', 'Program.cs', 'app.MapHealthChecks("/health");\napp.MapGet("/healthz/ready", () => "ok");\n', [[1, '/health'], [2, '/healthz/ready']]],
    ['Laravel and axum', 'routes/web.php', "Route::get('/health', fn () => 'ok');\n->withRouting(health: '/up')\n", [[1, '/health'], [2, '/up']]],
    ['axum route', 'src/main.rs', 'let app = Router::new().route("/healthz", get(health));\n', [[1, '/healthz']]],
  ];
  it.each(cases)('%s', (_name, path, text, expected) => {
    expect(routes(path, text)).toEqual(expected);
  });
});

describe('ops.health-endpoints: boundaries', () => {
  const cases: Array<[string, string, string]> = [
    ['a longer segment is another route', 'app.py', '@app.get("/healthcheck-ui")\n@app.get("/healthy")\n'],
    ['a probe name under another prefix', 'server.js', "app.get('/orders/ready', h);\n"],
    ['/ping and /status are not counted', 'main.go', 'r.GET("/ping", h)\nr.GET("/status", h)\n'],
    ['line comments', 'app.py', '# @app.get("/health")\nx = 1  # app.get("/health")\n'],
    ['block comments and docstrings', 'src/a.ts', "/*\n app.get('/health', h)\n*/\n// app.get('/healthz', h)\n"],
    ['Python docstrings', 'app.py', '"""\n@app.get("/health")\n"""\n'],
    ['URLs are client calls', 'app.js', "app.get('http://svc/health', h);\n"],
    ['test code is not read', 'tests/test_api.py', '@app.get("/health")\n'],
  ];
  it.each(cases)('%s', (_name, path, text) => {
    const file = describeFile(path);
    expect(operability.wants(file) ? routes(path, text) : []).toEqual([]);
  });

  it('a comment marker inside a string is not a comment', () => {
    expect(routes('server.js', "app.get('/healthz', (q, r) => r.redirect('http://x')); app.get('/livez', h);\n")).toEqual([
      [1, '/healthz'],
      [1, '/livez'],
    ]);
  });
});

describe('ops.health-endpoints: the whole-file pre-checks', () => {
  const cases: Array<[string, string, string, Array<[number, string]>]> = [
    ['a comment between the call and its path', 'src/server.ts', "router.get(/* probe */ '/Readyz', h);\n", [[1, '/Readyz']]],
    ['an upper-case probe name after a Go 1.22 method', 'main.go', 'mux.HandleFunc("GET /UP", h)\n', [[1, 'GET /UP']]],
    ['a probe name between regex anchors', 'proj/urls.py', 'urlpatterns = [re_path(r"^Live/?$", v)]\n', [[1, '^Live/?$']]],
    ['a class prefix joined to a method without a path', 'Controllers/Probe.cs', '[Route("ready")]\npublic class Probe {\n  [HttpGet]\n  public string Get() => "ok";\n}\n', [[3, 'ready/']]],
  ];
  it.each(cases)('still finds %s', (_name, path, text, expected) => {
    expect(routes(path, text)).toEqual(expected);
  });

  /** Counts how often the detector asks for the comment-free lines. */
  function linesBuilt(raw: string, language: Language): number {
    const source = sourceText(raw, language);
    let built = 0;
    findHealthRoutes({ raw, lines: () => ((built += 1), source.lines()) }, language);
    return built;
  }

  it('skip building lines when a route call or a health name is missing', () => {
    expect(linesBuilt('const value = cache.get(key);\n', 'typescript')).toBe(0);
    expect(linesBuilt("const url = '/health';\n", 'typescript')).toBe(0);
    expect(linesBuilt("app.get('/health', h);\n", 'typescript')).toBe(1);
  });
});
