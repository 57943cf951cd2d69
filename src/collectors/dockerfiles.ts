// Dockerfile evidence: the files, multi-stage builds, whether the final stage drops root and has a
// HEALTHCHECK, and base images without a version. The final stage is the image that ships; when its
// FROM names an earlier stage it starts from that stage's USER and HEALTHCHECK, so those are inherited.
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { parseDockerfile } from './dockerfile/parse.js';
import type { DockerInstruction } from './dockerfile/parse.js';

interface Stage {
  /** Line of the stage's FROM. */
  line: number;
  /** The image as written, e.g. `python:3.12-slim` or `builder`. */
  image: string;
  /** Lower-case alias from `AS name`. */
  name?: string;
  /** Index of the earlier stage this one starts from. */
  parent?: number;
  lastUser?: { value: string; line: number };
  lastHealthcheck?: { none: boolean; line: number };
}

export const dockerfiles: TextCollector = {
  id: 'dockerfiles',

  wants(file: SourceFile): boolean {
    return isDockerfileName(file.path.slice(file.path.lastIndexOf('/') + 1));
  },

  collect(file: SourceFile, text: string): Finding[] {
    const parsed = parseDockerfile(text);
    const stages = stagesOf(parsed.instructions);
    const findings: Finding[] = [
      { kind: 'docker.files', file: file.path, line: 1, message: 'Dockerfile', data: { stages: stages.length } },
    ];
    if (parsed.problem) {
      findings.push({ kind: 'parse.errors', file: file.path, line: parsed.problem.line, message: `Dockerfile ${parsed.problem.message}` });
    }
    const final = stages[stages.length - 1];
    if (final === undefined) {
      findings.push({ kind: 'parse.errors', file: file.path, line: 0, message: 'Dockerfile has no FROM instruction' });
      return findings;
    }
    const second = stages[1];
    if (second) {
      findings.push({ kind: 'docker.multistage', file: file.path, line: second.line, message: `multi-stage build with ${stages.length} stages` });
    }
    findings.push(userFinding(file.path, stages, final), healthcheckFinding(file.path, stages, final));
    for (const stage of stages) {
      if (isUnpinned(stage)) {
        findings.push({
          kind: 'docker.unpinned-base',
          file: file.path,
          line: stage.line,
          message: `base image \`${stage.image}\` is not pinned: use a version tag or a digest`,
          data: { image: stage.image },
        });
      }
    }
    return findings;
  },
};

/** `Dockerfile`, `Dockerfile.dev`, `Dockerfile-dev`, `api.Dockerfile`, `Containerfile`… */
export function isDockerfileName(basename: string): boolean {
  if (basename === 'Dockerfile' || basename === 'Containerfile') return true;
  // `Dockerfile.dockerignore` is the ignore file BuildKit pairs with a Dockerfile, not a Dockerfile.
  if (basename.endsWith('.dockerignore')) return false;
  return (
    basename.startsWith('Dockerfile.') ||
    basename.startsWith('Dockerfile-') ||
    basename.startsWith('Containerfile.') ||
    basename.endsWith('.Dockerfile') ||
    basename.endsWith('.dockerfile')
  );
}

function stagesOf(instructions: readonly DockerInstruction[]): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    const current = stages[stages.length - 1];
    if (instruction.keyword === 'FROM') {
      stages.push(parseFrom(instruction, stages));
    } else if (current === undefined) {
      // ARG before the first FROM only feeds FROM lines; nothing else can come before one.
      continue;
    } else if (instruction.keyword === 'USER') {
      const value = firstWord(instruction.args);
      if (value !== '') current.lastUser = { value, line: instruction.line };
    } else if (instruction.keyword === 'HEALTHCHECK' && instruction.args !== '') {
      const none = firstWord(withoutFlags(instruction.args)).toUpperCase() === 'NONE';
      current.lastHealthcheck = { none, line: instruction.line };
    }
  }
  return stages;
}

/** `FROM [--platform=…] image[:tag|@digest] [AS name]`. */
function parseFrom(instruction: DockerInstruction, earlier: readonly Stage[]): Stage {
  const words = withoutFlags(instruction.args).split(/\s+/).filter((word) => word !== '');
  const image = words[0] ?? '';
  const name = words[1]?.toLowerCase() === 'as' ? words[2]?.toLowerCase() : undefined;
  const reference = image.toLowerCase();
  let parent = earlier.findIndex((stage) => stage.name !== undefined && stage.name === reference);
  if (parent === -1 && /^\d+$/.test(reference) && Number(reference) < earlier.length) parent = Number(reference);
  const stage: Stage = { line: instruction.line, image };
  if (name !== undefined) stage.name = name;
  if (parent !== -1) stage.parent = parent;
  return stage;
}

function userFinding(file: string, stages: readonly Stage[], final: Stage): Finding {
  const user = inherited(stages, final, (stage) => stage.lastUser);
  if (user && !isRoot(user.value)) {
    return { kind: 'docker.nonroot', file, line: user.line, message: `the final stage runs as \`${user.value}\``, data: { user: user.value } };
  }
  // Distroless `:nonroot` tags (also `:debug-nonroot`, `:latest-nonroot`) set a non-root USER in the image
  // itself; without a USER line of our own, the base image's user is what runs.
  const base = baseStage(stages, final);
  if (user === undefined && /(^|[-_.])nonroot($|[-_.])/.test(tagOf(base.image))) {
    return {
      kind: 'docker.nonroot',
      file,
      line: base.line,
      message: `the final stage's base image \`${base.image}\` runs as a non-root user`,
      data: { user: 'nonroot' },
    };
  }
  return { kind: 'docker.root-user', file, line: final.line, message: 'the final stage runs as root: add a `USER` that is not root' };
}

/** The stage at the start of `stage`'s chain of `FROM <earlier stage>`, whose image is a real base image. */
function baseStage(stages: readonly Stage[], stage: Stage): Stage {
  let current = stage;
  for (let hops = 0; current.parent !== undefined && hops <= stages.length; hops++) {
    current = stages[current.parent] ?? current;
  }
  return current;
}

/** The tag of `registry/name:tag`, '' when there is none (a digest is not a tag). */
function tagOf(image: string): string {
  const lastPart = image.slice(image.lastIndexOf('/') + 1).split('@')[0] ?? '';
  const colon = lastPart.indexOf(':');
  return colon === -1 ? '' : lastPart.slice(colon + 1);
}

function healthcheckFinding(file: string, stages: readonly Stage[], final: Stage): Finding {
  const healthcheck = inherited(stages, final, (stage) => stage.lastHealthcheck);
  if (healthcheck && !healthcheck.none) {
    return { kind: 'docker.healthcheck', file, line: healthcheck.line, message: 'the final stage has a `HEALTHCHECK`' };
  }
  return { kind: 'docker.no-healthcheck', file, line: final.line, message: 'no `HEALTHCHECK` in the final stage' };
}

/** A stage's own setting, else the one of the stage it starts from, and so on. */
function inherited<T>(stages: readonly Stage[], stage: Stage, setting: (stage: Stage) => T | undefined): T | undefined {
  let current: Stage | undefined = stage;
  // Parents always come earlier, so this walk ends; the bound is only a guard.
  for (let hops = 0; current !== undefined && hops <= stages.length; hops++) {
    const value = setting(current);
    if (value !== undefined) return value;
    current = current.parent === undefined ? undefined : stages[current.parent];
  }
  return undefined;
}

/** `root`, `0`, `root:group` and `0:group` are root; any other name, id or `$VARIABLE` is not. */
function isRoot(user: string): boolean {
  const name = user.split(':')[0]?.toLowerCase();
  return name === 'root' || name === '0';
}

function isUnpinned(stage: Stage): boolean {
  const image = stage.image;
  if (image === '' || stage.parent !== undefined || image.toLowerCase() === 'scratch') return false;
  if (image.includes('$') || image.includes('@')) return false;
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastPart.indexOf(':');
  return colon === -1 || lastPart.slice(colon + 1) === 'latest';
}

/** Drops leading `--flag=value` options, e.g. `--platform=$BUILDPLATFORM` or `--interval=30s`. */
function withoutFlags(args: string): string {
  let rest = args.trimStart();
  while (rest.startsWith('--')) {
    const space = rest.search(/\s/);
    rest = space === -1 ? '' : rest.slice(space).trimStart();
  }
  return rest;
}

function firstWord(text: string): string {
  return text.trim().split(/\s+/)[0] ?? '';
}
