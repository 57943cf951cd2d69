// Matches requests to operations of GitHub's published OpenAPI description and checks their path
// parameters, query parameters and JSON body against it, so the fake answers only requests the real
// API would accept. Only api.github.com.json is loaded: the package index would load all ten (~400 MB).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: object;
}
type MaybeRef<T> = T | { $ref: string };
interface OpenApiOperation {
  operationId: string;
  parameters?: MaybeRef<OpenApiParameter>[];
  requestBody?: MaybeRef<{ required?: boolean; content?: Record<string, { schema?: object }> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, unknown> & { parameters?: MaybeRef<OpenApiParameter>[] }>;
  components: { schemas: Record<string, object> };
}

export interface MatchedOperation {
  operationId: string;
  /** e.g. `GET /repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  route: string;
  pathParams: Record<string, string>;
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  paramNames: string[];
  /** One character per segment, `0` literal and `1` parameter: the smallest wins, as literals beat parameters. */
  specificity: string;
  operation: OpenApiOperation;
  pathItem: OpenApiDocument['paths'][string];
}

interface OperationValidators {
  path: ValidateFunction;
  query: ValidateFunction;
  body?: { required: boolean; validate: ValidateFunction };
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const DOCUMENT_ID = 'api.github.com.json';

function loadDocument(): OpenApiDocument {
  const packageJson = createRequire(import.meta.url).resolve('@octokit/openapi/package.json');
  const file = join(dirname(packageJson), 'generated', 'api.github.com.json');
  return JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
}

function toRoute(template: string, method: string, operation: OpenApiOperation, pathItem: Route['pathItem']): Route {
  const paramNames: string[] = [];
  const segments = template.split('/').slice(1);
  const source = segments
    .map((segment) => {
      const param = /^\{([^}]+)\}$/.exec(segment);
      if (param?.[1] === undefined) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      paramNames.push(param[1]);
      return '([^/]+)';
    })
    .join('/');
  return {
    method: method.toUpperCase(),
    template,
    pattern: new RegExp(`^/${source}$`),
    paramNames,
    specificity: segments.map((segment) => (segment.startsWith('{') ? '1' : '0')).join(''),
    operation,
    pathItem,
  };
}

// Schemas are compiled inside one document holding every component schema, so their
// `#/components/schemas/…` references are rewritten to point into it.
function pointIntoDocument(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${DOCUMENT_ID}#/components/`)) as object;
}

function makeAjv(coerceTypes: boolean, components: OpenApiDocument['components']): Ajv {
  // strict: false because OpenAPI 3.0 adds keywords (example, discriminator, x-github…) that are not
  // JSON Schema; Ajv understands its `nullable`.
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes, logger: false, validateSchema: false });
  (addFormatsPlugin as unknown as (ajv: Ajv) => Ajv)(ajv);
  ajv.addSchema({ components: { schemas: components.schemas } }, DOCUMENT_ID);
  return ajv;
}

export class OpenApiOperations {
  private readonly document = loadDocument();
  private readonly routes: Route[] = Object.entries(this.document.paths).flatMap(([template, pathItem]) =>
    HTTP_METHODS.filter((method) => pathItem[method] !== undefined).map((method) =>
      toRoute(template, method, pathItem[method] as OpenApiOperation, pathItem),
    ),
  );
  // Query and path values arrive as text, so their validator coerces `"100"` to 100; bodies are JSON
  // and must have the right types as sent.
  private readonly paramAjv = makeAjv(true, this.document.components);
  private readonly bodyAjv = makeAjv(false, this.document.components);
  private readonly validators = new Map<string, OperationValidators>();

  /** The operation for a method and a path (without the API prefix), or undefined for a route GitHub does not have. */
  match(method: string, path: string): MatchedOperation | undefined {
    let best: { route: Route; values: string[] } | undefined;
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const found = route.pattern.exec(path);
      if (found === null) continue;
      if (best === undefined || route.specificity < best.route.specificity) best = { route, values: found.slice(1) };
    }
    if (best === undefined) return undefined;
    const { route, values } = best;
    const pathParams = Object.fromEntries(route.paramNames.map((name, index) => [name, decodeURIComponent(values[index] ?? '')]));
    return { operationId: route.operation.operationId, route: `${route.method} ${route.template}`, pathParams };
  }

  /** Every way the request breaks the operation's description; empty when it is valid. */
  validate(
    matched: MatchedOperation,
    query: Record<string, string>,
    body: { contentType: string | undefined; value: unknown } | undefined,
  ): string[] {
    const validators = this.validatorsFor(matched);
    const problems = [
      ...this.problems('path', validators.path, { ...matched.pathParams }),
      ...this.problems('query', validators.query, { ...query }),
    ];
    if (validators.body === undefined) {
      if (body !== undefined) problems.push('body: the operation takes no request body');
    } else if (body === undefined) {
      if (validators.body.required) problems.push('body: required');
    } else if (!(body.contentType ?? '').startsWith('application/json')) {
      problems.push(`body: content-type is ${body.contentType ?? 'missing'}; expected application/json`);
    } else {
      problems.push(...this.problems('body', validators.body.validate, body.value));
    }
    return problems;
  }

  private problems(where: string, validate: ValidateFunction, value: unknown): string[] {
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => {
      const detail = error.keyword === 'additionalProperties' ? ` (${String(error.params.additionalProperty)})` : '';
      return `${where}${error.instancePath.replaceAll('/', '.')}: ${error.message ?? error.keyword}${detail}`;
    });
  }

  private validatorsFor(matched: MatchedOperation): OperationValidators {
    const cached = this.validators.get(matched.route);
    if (cached !== undefined) return cached;
    const route = this.routes.find((candidate) => `${candidate.method} ${candidate.template}` === matched.route);
    if (route === undefined) throw new Error(`no route ${matched.route}`);
    const parameters = [...(route.pathItem.parameters ?? []), ...(route.operation.parameters ?? [])].map((parameter) =>
      this.resolve<OpenApiParameter>(parameter),
    );
    const objectOf = (where: OpenApiParameter['in']) => {
      const chosen = parameters.filter((parameter) => parameter.in === where);
      return pointIntoDocument({
        type: 'object',
        properties: Object.fromEntries(chosen.map((parameter) => [parameter.name, parameter.schema ?? {}])),
        required: chosen.filter((parameter) => parameter.required === true).map((parameter) => parameter.name),
        additionalProperties: false,
      });
    };
    const requestBody = route.operation.requestBody === undefined ? undefined : this.resolve(route.operation.requestBody);
    const bodySchema = requestBody?.content?.['application/json']?.schema;
    const validators: OperationValidators = {
      path: this.paramAjv.compile(objectOf('path')),
      query: this.paramAjv.compile(objectOf('query')),
      ...(requestBody === undefined
        ? {}
        : {
            body: {
              required: requestBody.required === true,
              validate: this.bodyAjv.compile(pointIntoDocument(bodySchema ?? {})),
            },
          }),
    };
    this.validators.set(matched.route, validators);
    return validators;
  }

  private resolve<T>(value: MaybeRef<T>): T {
    if (typeof value !== 'object' || value === null || !('$ref' in value)) return value;
    const target = value.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key.replaceAll('~1', '/').replaceAll('~0', '~')], this.document);
    if (target === undefined) throw new Error(`unresolvable $ref ${value.$ref}`);
    return this.resolve(target as MaybeRef<T>);
  }
}

let shared: OpenApiOperations | undefined;

/** Loaded once per test file (13 MB of JSON); validators compile on first use of an operation. */
export function openApiOperations(): OpenApiOperations {
  shared ??= new OpenApiOperations();
  return shared;
}
