// Which route paths are health endpoints. A path is compared segment by segment, so `/healthcheck-ui`
// or `/healthy-recipes` never match `health`, and `/api/v1/healthz` does.
//
// `/ping` and `/status` are left out on purpose: `r.GET("/ping")` is the hello-world of Gin and many
// tutorials, and `/status` often reports business state; neither says "this process is healthy".

/** A final segment that names a health endpoint under any prefix: `/health`, `/api/v1/healthz`. */
const HEALTH_SEGMENTS = new Set(['health', 'healthz', 'healthcheck', 'health-check', 'health_check', 'livez', 'readyz']);

/** Probe names that are health endpoints on their own (`/ready`), not under other prefixes (`/orders/ready`). */
const PROBE_SEGMENTS = new Set(['live', 'liveness', 'ready', 'readiness', 'startup', 'up']);

/**
 * Normalises a route as written: drops a Go 1.22 method (`GET /healthz`), Django/Rails regex anchors
 * (`^health/?$`), a query string and surrounding slashes. Returns undefined for URLs (`http://…/health`
 * is a client call, not a route) and for paths built from variables.
 */
export function routeSegments(route: string): string[] | undefined {
  if (route.includes('://') || route.includes('${') || route.includes('{{')) return undefined;
  let path = route.trim().replace(/^[A-Z]+\s+(?=\/)/, '');
  path = path.replace(/^\^/, '').replace(/\$$/, '').replace(/\/\?$/, '/');
  const query = path.indexOf('?');
  if (query !== -1) path = path.slice(0, query);
  return path.split('/').filter((segment) => segment !== '');
}

export function isHealthPath(route: string): boolean {
  const segments = routeSegments(route);
  if (segments === undefined || segments.length === 0) return false;
  const last = (segments[segments.length - 1] as string).toLowerCase();
  if (HEALTH_SEGMENTS.has(last)) return true;
  if (segments.length === 1) return PROBE_SEGMENTS.has(last);
  // Any one segment under `health`/`healthz` is a check of its own: /health/live, /health/db.
  const parent = (segments[segments.length - 2] as string).toLowerCase();
  return parent === 'health' || parent === 'healthz';
}

/** Joins a controller prefix and a method route the way Nest and Spring do. */
export function joinRoutes(prefix: string, route: string): string {
  return `${prefix.replace(/\/+$/, '')}/${route.replace(/^\/+/, '')}`;
}
