import { describe, expect, it } from 'vitest';
import { composeServices } from '../../../src/collectors/compose-services.js';
import { describeFile } from '../../../src/inventory/classify.js';
import type { Finding } from '../../../src/evidence.js';

function services(text: string): string[] {
  return composeServices
    .collect(describeFile('docker-compose.yml'), text)
    .map((finding: Finding) => (finding.kind === 'compose.services' ? `${finding.data?.service}@${finding.line}` : `${finding.kind}@${finding.line}`));
}

describe('composeServices.wants', () => {
  it.each([
    ['docker-compose.yml', true],
    ['deploy/docker-compose.prod.yaml', true],
    ['compose.yaml', true],
    ['compose.override.yml', true],
    ['compose-dev.yml', true],
    ['Docker-Compose.yml', false],
    ['composer.yml', false],
    ['docker-compose.json', false],
    ['my-compose.yml', false],
  ])('%s → %s', (path, wanted) => {
    expect(composeServices.wants(describeFile(path))).toBe(wanted);
  });
});

describe('composeServices.collect', () => {
  it('finds each service with its line and message', () => {
    const findings = composeServices.collect(describeFile('compose.yaml'), "version: '2.1'\nservices:\n  web:\n    image: nginx:1\n  db:\n    image: postgres:16\n");
    expect(findings).toEqual([
      { kind: 'compose.services', file: 'compose.yaml', line: 3, message: 'compose service `web`', data: { service: 'web' } },
      { kind: 'compose.services', file: 'compose.yaml', line: 5, message: 'compose service `db`', data: { service: 'db' } },
    ]);
  });

  it('skips x- extension keys and resolves anchors and merges', () => {
    const text = [
      'x-common: &c',
      '  restart: always',
      'x-more: &services',
      '  worker:',
      '    image: app:1',
      'services:',
      '  <<: *services',
      '  api:',
      '    <<: *c',
      '    image: app:1',
      '  x-note: {}',
      '',
    ].join('\n');
    expect(services(text)).toEqual(['api@8', 'worker@4']);
  });

  it('handles unversioned, empty and multi-document files', () => {
    expect(services('services:\n')).toEqual([]);
    expect(services('')).toEqual([]);
    expect(services('services:\n  a: {}\n---\nservices:\n  b: {}\n')).toEqual(['a@2', 'b@5']);
    expect(services('- just\n- a list\n')).toEqual([]);
  });

  it('reports invalid YAML and alias bombs as parse errors', () => {
    expect(services('services:\n  web: [\n')).toEqual(['parse.errors@3']);
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x,x]'];
    for (let level = 1; level < 9; level++) bomb.push(`l${level}: &l${level} [${Array(10).fill(level === 1 ? '*a' : `*l${level - 1}`).join(',')}]`);
    bomb.push('services: {}');
    expect(services(bomb.join('\n'))).toEqual(['parse.errors@0']);
  });
});
