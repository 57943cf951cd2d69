// The operations the fake implements, on in-memory state, with responses shaped like GitHub's
// (ids, html_url, user { login, type }) and `Link` pagination headers.
// https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api
import type { ApiPullRequestFile } from '../../../src/github/types.js';

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export const BOT_USER: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const HUMAN_USER: FakeUser = { login: 'octocat', id: 583231, type: 'User' };

export interface FakeComment {
  id: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  html_url: string;
  output: { title?: string; summary?: string; text?: string };
  /** Every annotation sent, in order: the API appends each update's annotations. */
  annotations: unknown[];
}

export interface FakeState {
  comments: Map<number, FakeComment[]>;
  checkRuns: FakeCheckRun[];
  pullFiles: Map<number, ApiPullRequestFile[]>;
}

export interface HandlerRequest {
  pathParams: Record<string, string>;
  query: Record<string, string>;
  body: Record<string, unknown>;
  /** The absolute URL of this request without its query, for `Link` headers. */
  selfUrl: string;
}

export interface HandlerResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A rule GitHub enforces beyond its OpenAPI description, broken by the request. */
  violation?: string;
}

// GitHub's timestamps are whole seconds; a fixed clock keeps responses comparable.
const NOW = '2026-11-01T12:00:00Z';
const WEB_URL = 'https://github.com';
const COMMENT_LIMIT = 65_536;
const PULL_FILES_LIMIT = 3000;
let nextId = 1000;

function commentTooLong(text: string): HandlerResponse {
  const problem = `comment body is ${text.length} characters; GitHub allows ${COMMENT_LIMIT}`;
  return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', field: 'body', code: 'custom', message: problem }] }, violation: problem };
}

function notFound(): HandlerResponse {
  return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
}

function page<T>(items: readonly T[], request: HandlerRequest): HandlerResponse {
  const perPage = Math.min(100, Number(request.query.per_page ?? 30));
  const pageNumber = Number(request.query.page ?? 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const link = (rel: string, target: number) => {
    const params = new URLSearchParams({ ...request.query, per_page: String(perPage), page: String(target) });
    return `<${request.selfUrl}?${params.toString()}>; rel="${rel}"`;
  };
  const links = [
    ...(pageNumber < lastPage ? [link('next', pageNumber + 1), link('last', lastPage)] : []),
    ...(pageNumber > 1 ? [link('first', 1), link('prev', pageNumber - 1)] : []),
  ];
  return {
    status: 200,
    body: items.slice((pageNumber - 1) * perPage, pageNumber * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

function commentJson(comment: FakeComment, issueNumber: number, pathParams: Record<string, string>) {
  const { owner = '', repo = '' } = pathParams;
  return {
    ...comment,
    node_id: `IC_${comment.id}`,
    html_url: `${WEB_URL}/${owner}/${repo}/pull/${issueNumber}#issuecomment-${comment.id}`,
    url: `https://api.github.com/repos/${owner}/${repo}/issues/comments/${comment.id}`,
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER',
  };
}

export function makeComment(state: FakeState, issueNumber: number, body: string, user: FakeUser): FakeComment {
  const id = nextId++;
  const comment = {
    id,
    body,
    user,
    created_at: NOW,
    updated_at: NOW,
  };
  state.comments.set(issueNumber, [...(state.comments.get(issueNumber) ?? []), comment]);
  return comment;
}

function checkRunJson(run: FakeCheckRun) {
  return { ...run, annotations: undefined, output: { ...run.output, annotations_count: run.annotations.length } };
}

type Handler = (state: FakeState, request: HandlerRequest) => HandlerResponse;

export const HANDLERS: Record<string, Handler> = {
  'repos/get': (_state, { pathParams: { owner = '', repo = '' } }) => ({
    status: 200,
    body: {
      id: 1296269,
      name: repo,
      full_name: `${owner}/${repo}`,
      owner: { login: owner, id: 1, type: 'Organization' },
      private: false,
      html_url: `${WEB_URL}/${owner}/${repo}`,
      default_branch: 'main',
    },
  }),
  'issues/list-comments': (state, request) => {
    const issueNumber = Number(request.pathParams.issue_number);
    const comments = state.comments.get(issueNumber) ?? [];
    return page(comments.map((comment) => commentJson(comment, issueNumber, request.pathParams)), request);
  },
  'issues/create-comment': (state, { pathParams, body }) => {
    const text = String(body.body);
    if (text.length > COMMENT_LIMIT) return commentTooLong(text);
    const issueNumber = Number(pathParams.issue_number);
    const comment = makeComment(state, issueNumber, text, BOT_USER);
    return { status: 201, body: commentJson(comment, issueNumber, pathParams) };
  },
  'issues/update-comment': (state, { pathParams, body }) => {
    const text = String(body.body);
    if (text.length > COMMENT_LIMIT) return commentTooLong(text);
    for (const [issueNumber, comments] of state.comments) {
      const comment = comments.find((candidate) => candidate.id === Number(pathParams.comment_id));
      if (comment === undefined) continue;
      comment.body = text;
      return { status: 200, body: commentJson(comment, issueNumber, pathParams) };
    }
    return notFound();
  },
  'pulls/list-files': (state, request) =>
    page((state.pullFiles.get(Number(request.pathParams.pull_number)) ?? []).slice(0, PULL_FILES_LIMIT), request),
  'checks/create': (state, { pathParams, body }) => {
    const id = nextId++;
    const output = (body.output ?? {}) as { annotations?: unknown[] } & FakeCheckRun['output'];
    const { annotations = [], ...texts } = output;
    const run: FakeCheckRun = {
      id,
      name: String(body.name),
      head_sha: String(body.head_sha),
      status: body.conclusion === undefined ? String(body.status ?? 'queued') : 'completed',
      conclusion: body.conclusion === undefined ? null : String(body.conclusion),
      html_url: `${WEB_URL}/${pathParams.owner ?? ''}/${pathParams.repo ?? ''}/runs/${id}`,
      output: texts,
      annotations: [...annotations],
    };
    state.checkRuns.push(run);
    return { status: 201, body: checkRunJson(run) };
  },
  'checks/update': (state, { pathParams, body }) => {
    const run = state.checkRuns.find((candidate) => candidate.id === Number(pathParams.check_run_id));
    if (run === undefined) return notFound();
    const output = (body.output ?? {}) as { annotations?: unknown[] } & FakeCheckRun['output'];
    const { annotations = [], ...texts } = output;
    run.output = { ...run.output, ...texts };
    run.annotations.push(...annotations);
    if (body.conclusion !== undefined) {
      run.conclusion = String(body.conclusion);
      run.status = 'completed';
    }
    return { status: 200, body: checkRunJson(run) };
  },
};
