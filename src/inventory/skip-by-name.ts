import { Minimatch } from 'minimatch';
import type { SkipReason } from '../evidence.js';

const VENDORED_FOLDERS = new Set([
  'node_modules',
  'vendor',
  'vendors',
  'third_party',
  'third-party',
  'bower_components',
  'site-packages',
  'dist-packages',
  '.venv',
  'venv',
  'virtualenv',
  '.tox',
  '__pypackages__',
  '.yarn',
]);

const GENERATED_FOLDERS = new Set(['dist', 'build', '.next', '.nuxt', 'coverage']);

// Decided by extension so these are never opened; anything else binary is caught by a NUL byte on read.
const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif bmp ico icns webp avif tif tiff psd svgz pdf zip gz tgz bz2 xz zst 7z rar tar jar war ear ' +
    'class so dylib dll exe bin o a lib obj pyc pyo pyd whl egg woff woff2 ttf otf eot mp3 mp4 m4a wav ogg ' +
    'flac webm mov avi mkv wasm sqlite sqlite3 db parquet npy npz pkl pickle h5 onnx pt ckpt dmg iso deb rpm'
  ).split(' '),
);

/** Why a path is skipped from its name alone, or undefined when it is scanned. */
export function skipReasonByName(path: string): SkipReason | undefined {
  // Called for every listed path on every run: the folders are read in place, not split out.
  let start = 0;
  for (let slash = path.indexOf('/'); slash !== -1; start = slash + 1, slash = path.indexOf('/', start)) {
    const folder = path.slice(start, slash);
    if (VENDORED_FOLDERS.has(folder)) return 'vendored';
    if (GENERATED_FOLDERS.has(folder)) return 'generated';
  }
  const basename = path.slice(start).toLowerCase();
  if (basename.endsWith('.min.js') || basename.endsWith('.bundle.js')) return 'generated';
  const dot = basename.lastIndexOf('.');
  if (dot > 0 && BINARY_EXTENSIONS.has(basename.slice(dot + 1))) return 'binary';
  return undefined;
}

export interface AttributeLine {
  /** Folder of the .gitattributes file, '' for the root. */
  base: string;
  matcher: Minimatch;
  generated?: boolean;
  vendored?: boolean;
}

function attributeValue(attributes: string[], name: string): boolean | undefined {
  let value: boolean | undefined;
  for (const attribute of attributes) {
    if (attribute === name || attribute === `${name}=true`) value = true;
    else if (attribute === `-${name}` || attribute === `!${name}` || attribute === `${name}=false`) value = false;
  }
  return value;
}

/** Reads the `linguist-generated` / `linguist-vendored` lines of one .gitattributes file. */
export function parseGitattributes(base: string, text: string): AttributeLine[] {
  const lines: AttributeLine[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const [pattern, ...attributes] = trimmed.split(/\s+/);
    if (pattern === undefined) continue;
    const generated = attributeValue(attributes, 'linguist-generated');
    const vendored = attributeValue(attributes, 'linguist-vendored');
    if (generated === undefined && vendored === undefined) continue;
    const anchored = pattern.replace(/^\//, '');
    const matcher = new Minimatch(anchored, { dot: true, matchBase: !pattern.includes('/') });
    lines.push({ base, matcher, generated, vendored });
  }
  return lines;
}

/** Applies .gitattributes lines the way git does: later lines and deeper files win. */
export function skipReasonByAttributes(path: string, lines: readonly AttributeLine[]): SkipReason | undefined {
  let generated = false;
  let vendored = false;
  for (const line of lines) {
    if (line.base !== '' && !path.startsWith(`${line.base}/`)) continue;
    const relative = line.base === '' ? path : path.slice(line.base.length + 1);
    if (!line.matcher.match(relative)) continue;
    if (line.generated !== undefined) generated = line.generated;
    if (line.vendored !== undefined) vendored = line.vendored;
  }
  if (generated) return 'generated';
  if (vendored) return 'vendored';
  return undefined;
}
