// A loopback server that behaves like the parts of the GitHub REST API readiness-gate uses, and
// checks every request against GitHub's OpenAPI description: a request the real API would refuse
// gets 422 here and lands in `state.violations`, so tests can assert there were none.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiPullRequestFile } from '../../../src/github/types.js';
import type { FakeResponse } from './faults.js';
import { HANDLERS, HUMAN_USER, makeComment, type FakeComment, type FakeState, type FakeUser } from './handlers.js';
import { openApiOperations } from './openapi-operations.js';

export * from './faults.js';
export { BOT_USER, HUMAN_USER, type FakeCheckRun, type FakeComment, type FakeUser } from './handlers.js';

export interface RecordedRequest {
  method: string;
  /** Without the API prefix, e.g. `/repos/o/r/issues/1/comments`. */
  path: string;
  query: Record<string, string>;
  /** e.g. `issues/create-comment`; absent for a route GitHub does not have. */
  operationId?: string;
  body?: unknown;
  userAgent?: string;
  status: number;
}

export interface Violation {
  method: string;
  path: string;
  operationId?: string;
  problem: string;
}

export interface FakeGitHubState extends FakeState {
  requests: RecordedRequest[];
  violations: Violation[];
}

export interface FakeGitHub {
  /** The API base URL, e.g. http://127.0.0.1:PORT or http://127.0.0.1:PORT/api/v3. */
  url: string;
  state: FakeGitHubState;
  /**
   * Answers the next `times` matching requests with `response` instead of handling them. `match` is
   * an operationId (`issues/create-comment`) or a route (`POST /repos/{owner}/{repo}/check-runs`).
   */
  failNext(match: string, response: FakeResponse, times?: number): void;
  /** Adds a comment written by `user` (a person by default). */
  seedComment(issueNumber: number, body: string, user?: FakeUser): FakeComment;
  seedPullFiles(pullNumber: number, files: ApiPullRequestFile[]): void;
  close(): Promise<void>;
}

export interface FakeGitHubOptions {
  /** GitHub Enterprise Server serves the API under `/api/v3`. */
  pathPrefix?: string;
}

const MAX_PROBLEMS_SHOWN = 10;

interface Fault {
  match: string;
  response: FakeResponse;
  remaining: number;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, answer: FakeResponse): void {
  if (answer.dropConnection === true) {
    response.socket?.destroy();
    return;
  }
  const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
  response.writeHead(answer.status, {
    ...(text === '' ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    ...answer.headers,
  });
  response.end(text);
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const prefix = options.pathPrefix ?? '';
  const operations = openApiOperations();
  const state: FakeGitHubState = { comments: new Map(), checkRuns: [], pullFiles: new Map(), requests: [], violations: [] };
  const faults: Fault[] = [];
  let origin = '';

  async function handle(request: IncomingMessage): Promise<FakeResponse> {
    const url = new URL(request.url ?? '/', origin);
    const method = request.method ?? 'GET';
    const path = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : url.pathname;
    const query = Object.fromEntries(url.searchParams);
    const text = await readBody(request);
    const recorded: RecordedRequest = { method, path, query, status: 0 };
    if (typeof request.headers['user-agent'] === 'string') recorded.userAgent = request.headers['user-agent'];
    state.requests.push(recorded);
    const answer = (status: number, problem?: string, response?: FakeResponse): FakeResponse => {
      recorded.status = status;
      if (problem !== undefined) {
        state.violations.push({ method, path, ...(recorded.operationId ? { operationId: recorded.operationId } : {}), problem });
      }
      return response ?? { status, body: { message: problem ?? 'fake GitHub', documentation_url: 'https://docs.github.com/rest' } };
    };

    const matched = url.pathname.startsWith(`${prefix}/`) ? operations.match(method, path) : undefined;
    if (matched === undefined) return answer(404, `no GitHub operation ${method} ${url.pathname}`);
    recorded.operationId = matched.operationId;
    let body: { contentType: string | undefined; value: unknown } | undefined;
    if (text !== '') {
      try {
        body = { contentType: request.headers['content-type'], value: JSON.parse(text) };
      } catch (error) {
        return answer(400, `body is not JSON: ${String(error)}`);
      }
      recorded.body = body.value;
    }
    const problems = operations.validate(matched, query, body);
    if (problems.length > 0) {
      const more = problems.length > MAX_PROBLEMS_SHOWN ? `; …and ${problems.length - MAX_PROBLEMS_SHOWN} more` : '';
      return answer(422, `${matched.route}: ${problems.slice(0, MAX_PROBLEMS_SHOWN).join('; ')}${more}`);
    }

    const fault = faults.find((candidate) => candidate.remaining > 0 && [matched.operationId, matched.route].includes(candidate.match));
    if (fault !== undefined) {
      fault.remaining -= 1;
      return answer(fault.response.status, undefined, fault.response);
    }
    const handler = HANDLERS[matched.operationId];
    if (handler === undefined) return answer(501, `the fake does not implement ${matched.operationId}`);
    const result = handler(state, {
      pathParams: matched.pathParams,
      query,
      body: (body?.value ?? {}) as Record<string, unknown>,
      selfUrl: `${origin}${url.pathname}`,
    });
    return answer(result.status, result.violation, result);
  }

  const server = createServer((request, response) => {
    handle(request).then(
      (answer) => send(response, answer),
      (error: unknown) => {
        const problem = `the fake failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
        state.violations.push({ method: request.method ?? '?', path: request.url ?? '?', problem });
        send(response, { status: 500, body: { message: problem } });
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}${prefix}`,
    state,
    failNext(match, response, times = 1) {
      faults.push({ match, response, remaining: times });
    },
    seedComment: (issueNumber, body, user = HUMAN_USER) => makeComment(state, issueNumber, body, user),
    seedPullFiles(pullNumber, files) {
      state.pullFiles.set(pullNumber, files);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
