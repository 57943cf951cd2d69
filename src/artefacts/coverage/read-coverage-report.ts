// Reads one coverage report; the format comes from the content, not the file name.
import { looksLikeGoCoverprofile, readGoCoverprofile } from './go-coverprofile.js';
import { readJsonCoverage } from './json-coverage.js';
import { looksLikeLcov, readLcov } from './lcov.js';
import { type CoverageRead, invalid } from './totals.js';
import { readXmlCoverage } from './xml-coverage.js';

export function readCoverageReport(text: string): CoverageRead {
  const start = text.trimStart();
  if (start === '') return invalid('the file is empty');
  if (start.startsWith('<')) return readXmlCoverage(text);
  if (start.startsWith('{') || start.startsWith('[')) return readJsonCoverage(text);
  if (looksLikeGoCoverprofile(start)) return readGoCoverprofile(text);
  if (looksLikeLcov(text)) return readLcov(text);
  return { ok: false, reason: 'unrecognised', message: 'not lcov, XML, JSON or a Go coverprofile' };
}
