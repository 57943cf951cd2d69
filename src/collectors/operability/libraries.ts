// The libraries whose presence in a dependency manifest is operability or API-docs evidence, per
// package ecosystem. A name ending in `*` matches by prefix (`@sentry/*`, `opentelemetry-*`).
// Only what the library does out of the box counts: loguru (plain-text unless `serialize=True`),
// NLog and Monolog (plain-text layouts by default) are left out of structured logging.
export type Ecosystem = 'npm' | 'pypi' | 'go' | 'maven' | 'rubygems' | 'composer' | 'cargo' | 'nuget';

export type LibraryKind =
  | 'ops.monitoring'
  | 'ops.structured-logging'
  | 'ops.rate-limiting'
  | 'ops.security-headers'
  | 'api.docs-frameworks'
  | 'ops.health-endpoints';

export interface Library {
  kind: LibraryKind;
  /** What the finding names, e.g. `sentry`, `pino`, `springdoc`. */
  label: string;
  packages: Partial<Record<Ecosystem, readonly string[]>>;
}

/** The data key each kind uses for the label (`{ sdk: 'sentry' }`, `{ library: 'pino' }`). */
export const LABEL_KEY: Record<LibraryKind, string> = {
  'ops.monitoring': 'sdk',
  'ops.structured-logging': 'library',
  'ops.rate-limiting': 'library',
  'ops.security-headers': 'library',
  'api.docs-frameworks': 'framework',
  'ops.health-endpoints': 'framework',
};

const monitoring = (label: string, packages: Library['packages']): Library => ({ kind: 'ops.monitoring', label, packages });
const logging = (label: string, packages: Library['packages']): Library => ({ kind: 'ops.structured-logging', label, packages });
const rateLimit = (label: string, packages: Library['packages']): Library => ({ kind: 'ops.rate-limiting', label, packages });
const headers = (label: string, packages: Library['packages']): Library => ({ kind: 'ops.security-headers', label, packages });
const apiDocs = (label: string, packages: Library['packages']): Library => ({ kind: 'api.docs-frameworks', label, packages });

export const LIBRARIES: readonly Library[] = [
  monitoring('sentry', {
    npm: ['@sentry/*'],
    pypi: ['sentry-sdk'],
    go: ['github.com/getsentry/sentry-go*'],
    maven: ['io.sentry:*'],
    rubygems: ['sentry-ruby', 'sentry-rails', 'sentry-sidekiq'],
    composer: ['sentry/*'],
    cargo: ['sentry', 'sentry-*'],
    nuget: ['Sentry', 'Sentry.*'],
  }),
  monitoring('prometheus', {
    npm: ['prom-client', 'express-prom-bundle', '@willsoto/nestjs-prometheus'],
    pypi: ['prometheus-client', 'prometheus-fastapi-instrumentator', 'django-prometheus', 'prometheus-flask-exporter', 'starlette-exporter'],
    go: ['github.com/prometheus/client_golang*'],
    maven: ['io.micrometer:micrometer-registry-prometheus*', 'io.prometheus:*'],
    rubygems: ['prometheus-client', 'yabeda-prometheus'],
    composer: ['promphp/prometheus_client_php'],
    cargo: ['prometheus', 'prometheus-client', 'metrics-exporter-prometheus'],
    nuget: ['prometheus-net', 'prometheus-net.*', 'OpenTelemetry.Exporter.Prometheus.*'],
  }),
  monitoring('opentelemetry', {
    npm: ['@opentelemetry/*'],
    pypi: ['opentelemetry-*'],
    go: ['go.opentelemetry.io/otel*'],
    maven: ['io.opentelemetry*'],
    rubygems: ['opentelemetry-*'],
    composer: ['open-telemetry/*'],
    cargo: ['opentelemetry', 'opentelemetry-*', 'opentelemetry_*'],
    nuget: ['OpenTelemetry', 'OpenTelemetry.*'],
  }),
  monitoring('datadog', {
    npm: ['dd-trace', 'datadog-metrics', 'hot-shots'],
    pypi: ['ddtrace', 'datadog'],
    go: ['gopkg.in/DataDog/dd-trace-go*', 'github.com/DataDog/dd-trace-go*', 'github.com/DataDog/datadog-go*'],
    maven: ['com.datadoghq:*'],
    rubygems: ['ddtrace', 'datadog'],
    composer: ['datadog/*'],
    nuget: ['Datadog.Trace', 'Datadog.Trace.*'],
  }),
  monitoring('newrelic', {
    npm: ['newrelic'],
    pypi: ['newrelic'],
    go: ['github.com/newrelic/go-agent*'],
    maven: ['com.newrelic.agent.java:*'],
    rubygems: ['newrelic_rpm'],
    nuget: ['NewRelic.Agent', 'NewRelic.Agent.Api'],
  }),
  logging('structlog', { pypi: ['structlog'] }),
  logging('python-json-logger', { pypi: ['python-json-logger'] }),
  logging('pino', { npm: ['pino', 'pino-http', 'nestjs-pino', 'hono-pino'] }),
  logging('winston', { npm: ['winston', 'nest-winston', 'express-winston'] }),
  logging('bunyan', { npm: ['bunyan'] }),
  logging('zap', { go: ['go.uber.org/zap*'] }),
  logging('zerolog', { go: ['github.com/rs/zerolog*'] }),
  logging('logrus', { go: ['github.com/sirupsen/logrus*'] }),
  logging('logstash-logback-encoder', { maven: ['net.logstash.logback:logstash-logback-encoder'] }),
  logging('ecs-logging', { maven: ['co.elastic.logging:*'], pypi: ['ecs-logging'], nuget: ['Elastic.CommonSchema.*'] }),
  logging('serilog', { nuget: ['Serilog', 'Serilog.*'] }),
  logging('lograge', { rubygems: ['lograge'] }),
  logging('semantic_logger', { rubygems: ['semantic_logger', 'rails_semantic_logger'] }),
  logging('slog', { cargo: ['slog', 'slog-json'] }),
  logging('tracing-subscriber', { cargo: ['tracing-subscriber'] }),
  rateLimit('slowapi', { pypi: ['slowapi'] }),
  rateLimit('flask-limiter', { pypi: ['flask-limiter'] }),
  rateLimit('django-ratelimit', { pypi: ['django-ratelimit'] }),
  rateLimit('fastapi-limiter', { pypi: ['fastapi-limiter'] }),
  rateLimit('express-rate-limit', { npm: ['express-rate-limit', 'express-slow-down'] }),
  rateLimit('@nestjs/throttler', { npm: ['@nestjs/throttler'] }),
  rateLimit('rate-limiter-flexible', { npm: ['rate-limiter-flexible'] }),
  rateLimit('@fastify/rate-limit', { npm: ['@fastify/rate-limit', 'fastify-rate-limit'] }),
  rateLimit('hono-rate-limiter', { npm: ['hono-rate-limiter'] }),
  rateLimit('rack-attack', { rubygems: ['rack-attack'] }),
  rateLimit('x/time/rate', { go: ['golang.org/x/time'] }),
  rateLimit('ulule/limiter', { go: ['github.com/ulule/limiter*'] }),
  rateLimit('tollbooth', { go: ['github.com/didip/tollbooth*'] }),
  rateLimit('httprate', { go: ['github.com/go-chi/httprate'] }),
  rateLimit('bucket4j', { maven: ['com.bucket4j:*', 'com.github.vladimir-bukhtoyarov:bucket4j*'] }),
  rateLimit('resilience4j-ratelimiter', { maven: ['io.github.resilience4j:resilience4j-ratelimiter'] }),
  rateLimit('AspNetCoreRateLimit', { nuget: ['AspNetCoreRateLimit'] }),
  rateLimit('governor', { cargo: ['governor', 'tower_governor', 'actix-governor'] }),
  headers('helmet', { npm: ['helmet', '@fastify/helmet', 'fastify-helmet', 'koa-helmet'] }),
  headers('flask-talisman', { pypi: ['flask-talisman', 'talisman'] }),
  headers('secure', { pypi: ['secure'], go: ['github.com/unrolled/secure'] }),
  headers('gin-contrib/secure', { go: ['github.com/gin-contrib/secure'] }),
  headers('secure_headers', { rubygems: ['secure_headers'] }),
  // Spring Security writes HSTS, X-Frame-Options, X-Content-Type-Options and Cache-Control by default.
  headers('spring-security', { maven: ['org.springframework.boot:spring-boot-starter-security'] }),
  headers('NWebsec', { nuget: ['NWebsec.AspNetCore.Middleware'] }),
  headers('NetEscapades.AspNetCore.SecurityHeaders', { nuget: ['NetEscapades.AspNetCore.SecurityHeaders'] }),
  apiDocs('@nestjs/swagger', { npm: ['@nestjs/swagger'] }),
  apiDocs('swagger-ui-express', { npm: ['swagger-ui-express'] }),
  apiDocs('@fastify/swagger', { npm: ['@fastify/swagger', 'fastify-swagger'] }),
  apiDocs('drf-spectacular', { pypi: ['drf-spectacular'] }),
  apiDocs('drf-yasg', { pypi: ['drf-yasg'] }),
  apiDocs('flasgger', { pypi: ['flasgger'] }),
  apiDocs('flask-smorest', { pypi: ['flask-smorest'] }),
  apiDocs('springdoc-openapi', { maven: ['org.springdoc:*'] }),
  apiDocs('springfox', { maven: ['io.springfox:*'] }),
  apiDocs('swashbuckle', { nuget: ['Swashbuckle.AspNetCore', 'Swashbuckle.AspNetCore.*'] }),
  apiDocs('nswag', { nuget: ['NSwag.AspNetCore'] }),
  apiDocs('swaggo', { go: ['github.com/swaggo/*'] }),
  apiDocs('rswag', { rubygems: ['rswag', 'rswag-api', 'rswag-ui'] }),
  apiDocs('l5-swagger', { composer: ['darkaonline/l5-swagger'] }),
  apiDocs('utoipa', { cargo: ['utoipa', 'utoipa-swagger-ui'] }),
  // Actuator serves /actuator/health as soon as it is on the classpath.
  { kind: 'ops.health-endpoints', label: 'spring-boot-actuator', packages: { maven: ['org.springframework.boot:spring-boot-starter-actuator'] } },
];

/** How each ecosystem compares names: PyPI per PEP 503, NuGet case-insensitively. */
export function normalisePackageName(ecosystem: Ecosystem, name: string): string {
  if (ecosystem === 'pypi') return name.toLowerCase().replace(/[-_.]+/g, '-');
  if (ecosystem === 'nuget' || ecosystem === 'composer') return name.toLowerCase();
  return name;
}

interface IndexedPattern {
  library: Library;
  /** Normalised name or prefix. */
  text: string;
  prefix: boolean;
}

const INDEX = new Map<Ecosystem, IndexedPattern[]>();
for (const library of LIBRARIES) {
  for (const [ecosystem, names] of Object.entries(library.packages) as Array<[Ecosystem, readonly string[]]>) {
    const list = INDEX.get(ecosystem) ?? [];
    for (const name of names) {
      const prefix = name.endsWith('*');
      list.push({ library, prefix, text: normalisePackageName(ecosystem, prefix ? name.slice(0, -1) : name) });
    }
    INDEX.set(ecosystem, list);
  }
}

/** The catalogue entry a dependency belongs to, if any. */
export function libraryOf(ecosystem: Ecosystem, packageName: string): Library | undefined {
  const name = normalisePackageName(ecosystem, packageName);
  return INDEX.get(ecosystem)?.find((pattern) => (pattern.prefix ? name.startsWith(pattern.text) : name === pattern.text))?.library;
}

/** The normalised names and name prefixes of one kind of library in one ecosystem. */
export function catalogueNames(ecosystem: Ecosystem, kind: LibraryKind): string[] {
  return (INDEX.get(ecosystem) ?? []).filter((pattern) => pattern.library.kind === kind).map((pattern) => pattern.text);
}
