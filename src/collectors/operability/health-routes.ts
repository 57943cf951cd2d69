// Health endpoint routes in source code: the framework's route call or annotation with a string path,
// matched on comment-free lines (see code-lines.ts), one finding per route at its line.
//
// Class-level prefixes are joined with method routes the way the frameworks do: Nest `@Controller('health')`
// + `@Get()` is `/health`; so is Spring/JAX-RS/ASP.NET `@RequestMapping`/`@Path`/`[Route]` on a class plus
// `@GetMapping`/`[HttpGet]` on a method. The prefix holds until the next class-level prefix in the file.
import type { Language } from '../../evidence.js';
import { isHealthPath, joinRoutes } from './health-paths.js';
import { lineMatches } from './line-matches.js';
import { includesAny, literalSignal, type SourceText } from './source-text.js';

export interface HealthRoute {
  line: number;
  /** The route as the framework sees it, prefix joined. */
  route: string;
}

type Role =
  /** The whole route. */
  | 'route'
  /** A method route, joined to the current class prefix; an absent path means the prefix itself. */
  | 'member'
  /** Always a class-level prefix (Nest `@Controller`). */
  | 'prefix'
  /** A prefix when the next declaration is a class, else a method route (Spring, JAX-RS, ASP.NET). */
  | 'prefix-if-class';

interface RoutePattern {
  regex: RegExp;
  role: Role;
  /** Every match holds one of these, so a file without any of them is not searched line by line. */
  literals: readonly string[];
}

// A quoted string with no quote inside (named groups, so fragments combine with other groups).
// Python may prefix r/u/b/f.
const PY = String.raw`[rRuUbBfF]{0,2}(?<q>["'])(?<route>[^"'\n]*)\k<q>`;
const JS = String.raw`(?<q>["'\x60])(?<route>[^"'\x60\n]*)\k<q>`;
const DQ = String.raw`"(?<route>[^"\n]*)"`;
const RB = String.raw`(?<q>["'])(?<route>[^"'\n]*)\k<q>`;

// JS receivers that are HTTP clients, not routers: `axios.get('/health', cfg)`, `this.http.get(…)`.
const JS_CLIENTS = new Set(['axios', 'http', 'https', 'got', 'ky', 'request', 'superagent', 'client', 'httpClient', '$http', 'fetch', 'agent', 'api', 'instance']);

const PATTERNS: Partial<Record<Language, readonly RoutePattern[]>> = {
  python: [
    // FastAPI/Flask/Starlette decorators: @app.get, @router.get, @bp.route, @app.api_route.
    {
      regex: new RegExp(String.raw`@\s*[\w.]+\.(?:get|head|route|api_route)\(\s*${PY}`, 'g'),
      role: 'route',
      literals: ['.get(', '.head(', '.route(', '.api_route('],
    },
    {
      regex: new RegExp(String.raw`\b(?:add_api_route|add_route|add_url_rule|Route)\(\s*${PY}`, 'g'),
      role: 'route',
      literals: ['add_api_route(', 'add_route(', 'add_url_rule(', 'Route('],
    },
    // Django URLconf.
    { regex: new RegExp(String.raw`(?<![\w.])(?:path|re_path|url)\(\s*${PY}`, 'g'), role: 'route', literals: ['path(', 'url('] },
  ],
  javascript: jsPatterns(),
  typescript: jsPatterns(),
  go: [
    // net/http, gorilla/mux, chi, gin, echo, fiber: mux.HandleFunc("/healthz", h), r.GET("/health", h).
    {
      regex: new RegExp(String.raw`(?<!\w)(?<recv>[A-Za-z_]\w*)\.(?<method>HandleFunc|Handle|GET|Get|HEAD|Head|Any)\(\s*${JS}\s*,`, 'g'),
      role: 'route',
      literals: ['.Handle', '.GET(', '.Get(', '.HEAD(', '.Head(', '.Any('],
    },
  ],
  java: jvmPatterns(),
  kotlin: [
    ...jvmPatterns(),
    // Ktor routing DSL: get("/health") { … }.
    { regex: new RegExp(String.raw`^\s*(?:get|head)\(\s*${DQ}\s*\)`, 'g'), role: 'route', literals: ['get(', 'head('] },
  ],
  csharp: [
    { regex: new RegExp(String.raw`\.(?:MapHealthChecks|UseHealthChecks|MapGet|Map)\(\s*@?${DQ}`, 'g'), role: 'route', literals: ['.Map', '.UseHealthChecks('] },
    { regex: new RegExp(String.raw`\[\s*(?:HttpGet|HttpHead)(?:\(\s*${DQ})?`, 'g'), role: 'member', literals: ['HttpGet', 'HttpHead'] },
    { regex: new RegExp(String.raw`\[\s*Route\(\s*${DQ}`, 'g'), role: 'prefix-if-class', literals: ['Route('] },
  ],
  ruby: [
    // Rails routes and Sinatra: get "up" => "rails/health#show", get '/health' do.
    { regex: new RegExp(String.raw`^\s*(?:get|match)\s*\(?\s*${RB}`, 'g'), role: 'route', literals: ['get', 'match'] },
  ],
  php: [
    { regex: new RegExp(String.raw`Route::(?:get|any|match)\(\s*${RB}`, 'g'), role: 'route', literals: ['Route::'] },
    { regex: new RegExp(String.raw`->(?:get|any)\(\s*${RB}\s*,`, 'g'), role: 'route', literals: ['->get(', '->any('] },
    // Laravel 11 bootstrap/app.php: ->withRouting(health: '/up').
    { regex: new RegExp(String.raw`\bhealth:\s*${RB}`, 'g'), role: 'route', literals: ['health:'] },
  ],
  rust: [
    // axum and actix-web: .route("/health", get(h)); actix/rocket attributes: #[get("/health")].
    { regex: new RegExp(String.raw`(?:\.route|web::resource)\(\s*${DQ}`, 'g'), role: 'route', literals: ['.route(', 'web::resource('] },
    { regex: new RegExp(String.raw`#\[\s*(?:get|head)\(\s*${DQ}`, 'g'), role: 'route', literals: ['get(', 'head('] },
  ],
};

function jsPatterns(): RoutePattern[] {
  return [
    // Express, Koa router, Fastify, Hono: app.get('/healthz', handler), router.use('/health', r).
    {
      regex: new RegExp(String.raw`(?<![\w$])(?<recv>[A-Za-z_$][\w$]*)\.(?:get|head|all|use)\(\s*${JS}\s*,`, 'g'),
      role: 'route',
      literals: ['.get(', '.head(', '.all(', '.use('],
    },
    { regex: new RegExp(String.raw`(?<![\w$])(?<recv>[A-Za-z_$][\w$]*)\.route\(\s*${JS}\s*\)`, 'g'), role: 'route', literals: ['.route('] },
    // NestJS.
    {
      regex: /@Controller\(\s*(?:(?<q>["'\x60])(?<route>[^"'\x60\n]*)\k<q>|\{[^}]*\bpath:\s*(?<q2>["'\x60])(?<route2>[^"'\x60\n]*)\k<q2>)?/g,
      role: 'prefix',
      literals: ['@Controller('],
    },
    { regex: new RegExp(String.raw`@(?:Get|Head|All)\(\s*(?:${JS})?\s*\)`, 'g'), role: 'member', literals: ['@Get(', '@Head(', '@All('] },
  ];
}

function jvmPatterns(): RoutePattern[] {
  // The path is the first argument or the `value =`/`path =` argument, optionally in `{ … }`.
  const argument = String.raw`(?:\(\s*(?:[^")]*?\b(?:value|path)\s*=\s*)?\{?\s*${DQ})?`;
  return [
    { regex: new RegExp(String.raw`@GetMapping\b${argument}`, 'g'), role: 'member', literals: ['@GetMapping'] },
    { regex: new RegExp(String.raw`@(?:RequestMapping|Path)\b${argument}`, 'g'), role: 'prefix-if-class', literals: ['@RequestMapping', '@Path'] },
  ];
}

// Every route isHealthPath accepts has one of these names, in any case, as a whole path segment. In the raw
// text such a segment has on its left a quote, slash, whitespace or `^` (or nothing) and on its right a
// quote, slash, whitespace, `?`, `$` or `#`: what routeSegments trims and splits at, plus the first or last
// character of a comment blanked beside it. `health` is matched anywhere, which also covers its longer forms.
const HEALTH_NAME = /health|(?<![^\s/"'`^])(?:live(?:ness|z)?|ready(?:ness|z)?|startup|up)(?![^\s/"'`?$#])/i;

// Mounted health checks whose route is whatever path includes them.
const RAILS_HEALTH = 'rails/health#show';
const DJANGO_HEALTH_CHECK = 'health_check.urls';

/** Literals one of which a file needs for findHealthRoutes to find anything. */
export function healthRouteLiterals(language: Language): readonly string[] {
  const mounted = language === 'ruby' ? [RAILS_HEALTH] : language === 'python' ? [DJANGO_HEALTH_CHECK] : [];
  return [...(PATTERNS[language] ?? []).flatMap((pattern) => pattern.literals), ...mounted];
}

const routeSignal = literalSignal(healthRouteLiterals);

/** Health routes in a source file, found on its comment-free lines. */
export function findHealthRoutes(source: SourceText, language: Language): HealthRoute[] {
  if (!routeSignal(language).test(source.raw) || !HEALTH_NAME.test(source.raw)) return [];
  const patterns = (PATTERNS[language] ?? []).filter((pattern) => includesAny(source.raw, pattern.literals));
  const railsHealth = language === 'ruby' && source.raw.includes(RAILS_HEALTH);
  const djangoHealthCheck = language === 'python' && source.raw.includes(DJANGO_HEALTH_CHECK);
  const lines = source.lines();
  const routes: HealthRoute[] = [];
  let prefix = '';
  lines.forEach((text, index) => {
    // Rails' built-in health controller, whatever path it is mounted on.
    if (railsHealth && text.includes(RAILS_HEALTH)) {
      routes.push({ line: index + 1, route: quotedRoute(text) ?? RAILS_HEALTH });
      return;
    }
    if (djangoHealthCheck && /\binclude\(\s*["']health_check\.urls["']/.test(text)) {
      // django-health-check's URLconf, under whatever path includes it.
      routes.push({ line: index + 1, route: quotedRoute(text) ?? DJANGO_HEALTH_CHECK });
      return;
    }
    for (const pattern of patterns) {
      for (const match of lineMatches(pattern.regex, text)) {
        if (isClientCall(language, match.groups?.recv, match.groups?.method)) continue;
        const route = match.groups?.route ?? match.groups?.route2;
        const end = (match.index ?? 0) + match[0].length;
        const role = pattern.role === 'prefix-if-class' ? (classFollows(lines, index, end) ? 'prefix' : 'member') : pattern.role;
        if (role === 'prefix') {
          prefix = route ?? '';
          continue;
        }
        const full = role === 'member' ? joinRoutes(prefix, route ?? '') : (route ?? '');
        if (isHealthPath(full)) routes.push({ line: index + 1, route: full });
      }
    }
  });
  return routes;
}

/** `axios.get('/health', cfg)` and Go's `http.Get(url, …)` call a server; they define no route. */
function isClientCall(language: Language, recv: string | undefined, method: string | undefined): boolean {
  if (recv === undefined) return false;
  if (language === 'go') return recv === 'http' && (method === 'Get' || method === 'Head');
  return JS_CLIENTS.has(recv);
}

function quotedRoute(text: string): string | undefined {
  return /["']([^"']*)["']/.exec(text)?.[1];
}

const ANNOTATION_LINE = /^\s*(?:@|\[|$)/;
const CLASS_DECLARATION = /\bclass\s/;
// Annotations seldom stack deeper than this between a class-level mapping and its class.
const LOOKAHEAD_LINES = 12;

/** True when the next line that is not blank, an annotation or an attribute declares a class. */
function classFollows(lines: readonly string[], index: number, matchEnd: number): boolean {
  if (CLASS_DECLARATION.test((lines[index] ?? '').slice(matchEnd))) return true;
  for (let next = index + 1; next < Math.min(lines.length, index + 1 + LOOKAHEAD_LINES); next++) {
    const line = lines[next] as string;
    if (ANNOTATION_LINE.test(line)) continue;
    return CLASS_DECLARATION.test(line);
  }
  return false;
}
