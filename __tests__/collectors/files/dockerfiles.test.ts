import { describe, expect, it } from 'vitest';
import { dockerfiles, isDockerfileName } from '../../../src/collectors/dockerfiles.js';
import { parseDockerfile } from '../../../src/collectors/dockerfile/parse.js';
import { describeFile } from '../../../src/inventory/classify.js';
import type { Finding } from '../../../src/evidence.js';

function collect(lines: string[]): Finding[] {
  return dockerfiles.collect(describeFile('Dockerfile'), lines.join('\n'));
}

/** `kind@line` for every finding except `docker.files`, in order. */
function summary(findings: Finding[]): string[] {
  return findings.filter((finding) => finding.kind !== 'docker.files').map((finding) => `${finding.kind}@${finding.line}`);
}

describe('isDockerfileName', () => {
  it.each([
    ['Dockerfile', true],
    ['Dockerfile.dev', true],
    ['Dockerfile-prod', true],
    ['api.Dockerfile', true],
    ['linux.dockerfile', true],
    ['Containerfile', true],
    ['Containerfile.fedora', true],
    ['Dockerfile.dockerignore', false],
    ['dockerfile', false],
    ['Dockerfiles', false],
    ['docker-compose.yml', false],
  ])('%s → %s', (name, expected) => {
    expect(isDockerfileName(name)).toBe(expected);
  });

  it('is what wants() checks, on the basename', () => {
    expect(dockerfiles.wants(describeFile('services/api/Dockerfile.prod'))).toBe(true);
    expect(dockerfiles.wants(describeFile('Dockerfile/README.md'))).toBe(false);
  });
});

describe('parseDockerfile', () => {
  it('joins continuations, drops comment lines inside them, and skips heredoc bodies', () => {
    const parsed = parseDockerfile(
      [
        'from alpine:3.20 as base',
        'RUN apk add \\',
        '# a comment inside the continuation',
        '    curl \\',
        '',
        '    git',
        'RUN <<EOF bash',
        'FROM evil',
        'USER root',
        'EOF',
        'COPY <<-EOT /a <<"END" /b',
        '\tUSER nobody',
        '\tEOT',
        'HEALTHCHECK NONE',
        'END',
        'user app',
      ].join('\n'),
    );
    expect(parsed.problem).toBeUndefined();
    expect(parsed.instructions).toEqual([
      { keyword: 'FROM', args: 'alpine:3.20 as base', line: 1 },
      { keyword: 'RUN', args: 'apk add     curl     git', line: 2 },
      { keyword: 'RUN', args: '<<EOF bash', line: 7 },
      { keyword: 'COPY', args: '<<-EOT /a <<"END" /b', line: 11 },
      { keyword: 'USER', args: 'app', line: 16 },
    ]);
  });

  it('uses the backtick escape from the parser directive (Windows images)', () => {
    const parsed = parseDockerfile(
      ['# escape=`', 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022', 'RUN dir C:\\ `', '    && echo done', 'USER ContainerUser'].join('\r\n'),
    );
    expect(parsed.instructions.map((instruction) => [instruction.keyword, instruction.args, instruction.line])).toEqual([
      ['FROM', 'mcr.microsoft.com/windows/nanoserver:ltsc2022', 2],
      ['RUN', 'dir C:\\     && echo done', 3],
      ['USER', 'ContainerUser', 5],
    ]);
  });

  it('ignores an escape directive that follows a comment', () => {
    const parsed = parseDockerfile(['# a comment', '# escape=`', 'FROM x', 'ENV A `', 'RUN b'].join('\n'));
    expect(parsed.instructions.map((instruction) => instruction.keyword)).toEqual(['FROM', 'ENV', 'RUN']);
  });

  it('does not treat an escaped escape character as a continuation', () => {
    const parsed = parseDockerfile(['FROM x', 'ENV C trailing\\\\', 'ENV D next'].join('\n'));
    expect(parsed.instructions.map((instruction) => instruction.line)).toEqual([1, 2, 3]);
  });

  it('does not read heredocs in the JSON form', () => {
    const parsed = parseDockerfile(['FROM x', 'RUN ["echo", "<<EOF"]', 'USER app'].join('\n'));
    expect(parsed.problem).toBeUndefined();
    expect(parsed.instructions.map((instruction) => instruction.keyword)).toEqual(['FROM', 'RUN', 'USER']);
  });

  it('reports a heredoc that is never closed', () => {
    expect(parseDockerfile(['FROM x', 'RUN <<EOF', 'echo hi'].join('\n')).problem).toEqual({
      message: 'heredoc `EOF` is never closed',
      line: 2,
    });
  });
});

describe('dockerfiles.collect', () => {
  it('counts the file with one finding at line 1', () => {
    expect(collect(['FROM python:3.12-slim']).filter((finding) => finding.kind === 'docker.files')).toEqual([
      { kind: 'docker.files', file: 'Dockerfile', line: 1, message: 'Dockerfile', data: { stages: 1 } },
    ]);
  });

  it('reports a single-stage image that runs as root without a healthcheck', () => {
    const findings = collect(['FROM python', 'RUN pip install app']);
    expect(summary(findings)).toEqual(['docker.root-user@1', 'docker.no-healthcheck@1', 'docker.unpinned-base@1']);
    expect(findings.map((finding) => finding.message).slice(1)).toEqual([
      'the final stage runs as root: add a `USER` that is not root',
      'no `HEALTHCHECK` in the final stage',
      'base image `python` is not pinned: use a version tag or a digest',
    ]);
  });

  it('finds a non-root USER and a HEALTHCHECK in the final stage', () => {
    const findings = collect([
      'FROM node:20 AS build',
      'RUN npm ci',
      'FROM node:20-slim',
      'USER node',
      'HEALTHCHECK --interval=30s \\',
      '  CMD curl -f http://localhost/ || exit 1',
    ]);
    expect(summary(findings)).toEqual(['docker.multistage@3', 'docker.nonroot@4', 'docker.healthcheck@5']);
    expect(findings.find((finding) => finding.kind === 'docker.nonroot')?.message).toBe('the final stage runs as `node`');
  });

  it('takes the last USER: `USER root` after `USER app` is root', () => {
    expect(summary(collect(['FROM alpine:3', 'USER app', 'USER root']))).toContain('docker.root-user@1');
    expect(summary(collect(['FROM alpine:3', 'USER 0:0']))).toContain('docker.root-user@1');
    expect(summary(collect(['FROM alpine:3', 'USER root:wheel']))).toContain('docker.root-user@1');
    expect(summary(collect(['FROM alpine:3', 'USER $APP_USER']))).toContain('docker.nonroot@2');
    expect(summary(collect(['FROM alpine:3', 'USER 1000:1000']))).toContain('docker.nonroot@2');
  });

  it('takes a distroless :nonroot base image as non-root unless a USER line says otherwise', () => {
    const findings = collect(['FROM golang:1.23 AS build', 'FROM gcr.io/distroless/static-debian12:nonroot', 'COPY --from=build /app /app']);
    expect(findings.find((finding) => finding.kind === 'docker.nonroot')).toMatchObject({
      line: 2,
      message: "the final stage's base image `gcr.io/distroless/static-debian12:nonroot` runs as a non-root user",
    });
    expect(summary(collect(['FROM gcr.io/distroless/base:debug-nonroot']))).toContain('docker.nonroot@1');
    expect(summary(collect(['FROM gcr.io/distroless/base:nonroot', 'USER root']))).toContain('docker.root-user@1');
    expect(summary(collect(['FROM example/nonroot-tools:1.0']))).toContain('docker.root-user@1');
  });

  it('only looks at the final stage', () => {
    expect(summary(collect(['FROM golang:1.22 AS build', 'USER app', 'HEALTHCHECK CMD true', 'FROM alpine:3']))).toEqual([
      'docker.multistage@4',
      'docker.root-user@4',
      'docker.no-healthcheck@4',
    ]);
  });

  it('inherits USER and HEALTHCHECK when the final FROM names an earlier stage', () => {
    const findings = collect([
      'FROM python:3.12 AS Base',
      'USER app',
      'HEALTHCHECK CMD true',
      'FROM base AS builder',
      'RUN make',
      'FROM BUILDER',
      'COPY . .',
    ]);
    expect(summary(findings)).toEqual(['docker.multistage@4', 'docker.nonroot@2', 'docker.healthcheck@3']);
  });

  it('treats `HEALTHCHECK NONE` as no healthcheck', () => {
    expect(summary(collect(['FROM app:1', 'HEALTHCHECK CMD true', 'FROM app:1', 'HEALTHCHECK NONE']))).toContain('docker.no-healthcheck@3');
    expect(summary(collect(['FROM base:1 AS b', 'HEALTHCHECK CMD true', 'FROM b', 'HEALTHCHECK NONE']))).toContain('docker.no-healthcheck@3');
  });

  it('ignores USER and FROM inside a heredoc body', () => {
    const findings = collect(['FROM debian:12', 'USER app', 'RUN <<EOF', 'FROM ubuntu', 'USER root', 'EOF']);
    expect(summary(findings)).toEqual(['docker.nonroot@2', 'docker.no-healthcheck@1']);
  });

  it.each([
    ['FROM python', true],
    ['FROM python:latest', true],
    ['FROM docker.io/library/python:latest AS x', true],
    ['FROM localhost:5000/app', true],
    ['FROM localhost:5000/app:1.2', false],
    ['FROM python:3.12', false],
    ['FROM python@sha256:0123456789abcdef', false],
    ['FROM ${BASE}', false],
    ['FROM $REGISTRY/app', false],
    ['FROM --platform=$BUILDPLATFORM golang:1.22 AS build', false],
    ['FROM --platform=linux/amd64 golang AS build', true],
    ['FROM scratch', false],
  ])('%s: unpinned=%s', (from, unpinned) => {
    const found = collect([from]).filter((finding) => finding.kind === 'docker.unpinned-base');
    expect(found.length).toBe(unpinned ? 1 : 0);
  });

  it('does not call a reference to an earlier stage unpinned', () => {
    expect(summary(collect(['FROM node:20 AS deps', 'FROM deps', 'FROM 0']))).not.toContain('docker.unpinned-base@2');
    expect(summary(collect(['FROM node:20 AS deps', 'FROM deps', 'FROM 0'])).filter((item) => item.startsWith('docker.unpinned'))).toEqual([]);
  });

  it('accepts ARG before the first FROM', () => {
    expect(summary(collect(['ARG VERSION=3.12', 'FROM python:${VERSION}', 'USER app']))).toEqual(['docker.nonroot@3', 'docker.no-healthcheck@2']);
  });

  it('reports a file without FROM as a parse error', () => {
    expect(summary(collect(['# just a comment', 'RUN echo hi']))).toEqual(['parse.errors@0']);
    expect(collect(['']).find((finding) => finding.kind === 'parse.errors')?.message).toBe('Dockerfile has no FROM instruction');
  });

  it('never throws on hostile text', () => {
    for (const text of ['\\', '`', 'FROM', 'FROM --platform=x', '<<EOF', 'RUN <<\n', '\u0000FROM x', 'FROM a AS']) {
      expect(() => dockerfiles.collect(describeFile('Dockerfile'), text)).not.toThrow();
    }
  });
});
