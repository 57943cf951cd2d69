import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isPlaceholder, mayHoldSecret, secrets } from '../../../src/collectors/secrets.js';
import { describeFile } from '../../../src/inventory/classify.js';
import type { Finding } from '../../../src/evidence.js';

// Credentials are generated here, not written out, so this file holds nothing a secret scanner would flag.
function randomText(length: number, alphabet: string, seed: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[(createHash('sha256').update(`${seed}:${i}`).digest()[0] as number) % alphabet.length];
  return text;
}
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const BASE62 = `${UPPER}abcdefghijklmnopqrstuvwxyz0123456789`;
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

const awsId = `AKIA${randomText(16, `${UPPER}234567`, 1)}`;
const awsSecret = randomText(40, `${BASE62}/+`, 2);
const githubToken = `ghp_${randomText(36, BASE62, 3)}`;
const finePat = `github_pat_${randomText(82, `${BASE62}_`, 4)}`;
const stripeKey = `sk_live_${randomText(24, BASE62, 5)}`;
const slackToken = `xoxb-${randomText(12, '0123456789', 6)}-${randomText(24, BASE62, 7)}`;
const googleKey = `AIza${randomText(35, `${BASE62}_-`, 8)}`;
const jwt = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ sub: 'u-81', iat: 1716239022 })}.${randomText(43, `${BASE62}_-`, 9)}`;
const keyBody = randomText(64, `${BASE62}+/`, 10);

function scan(text: string, path = 'src/config.ts'): Finding[] {
  return secrets.collect(describeFile(path), text);
}

function summary(findings: Finding[]): Array<[number, number | undefined, string]> {
  return findings.map((finding) => [finding.line, finding.column, finding.message]);
}

describe('secrets: what is found', () => {
  it('finds each kind, with line, column and a 4-character masked message', () => {
    const text = [
      `const aws = { id: "${awsId}",`,
      `  secret: "${awsSecret}" };`,
      `const gh = '${githubToken}';`,
      `const pat = '${finePat}';`,
      `STRIPE=${stripeKey}`,
      `slack: ${slackToken}`,
      `  key = "${googleKey}"`,
      `token: ${jwt}`,
      '-----BEGIN RSA PRIVATE KEY-----',
      keyBody,
      '-----END RSA PRIVATE KEY-----',
    ].join('\n');
    const findings = scan(text);
    expect(summary(findings)).toEqual([
      [9, 1, '`-----BEGIN RSA PRIVATE KEY-----` block committed in source'],
      [1, 20, 'AWS access key id `AKIA…` (20 characters) committed in source'],
      [3, 13, 'GitHub token `ghp_…` (40 characters) committed in source'],
      [4, 14, 'GitHub token `gith…` (93 characters) committed in source'],
      [5, 8, 'Stripe live key `sk_l…` (32 characters) committed in source'],
      [6, 8, `Slack token \`xoxb…\` (${slackToken.length} characters) committed in source`],
      [7, 10, 'Google API key `AIza…` (39 characters) committed in source'],
      [8, 8, `signed JWT \`eyJh…\` (${jwt.length} characters) committed in source`],
    ]);
    expect(new Set(findings.map((finding) => finding.kind))).toEqual(new Set(['secrets.exposed']));
    expect(findings.map((finding) => finding.data?.secret)).toEqual([
      'private-key', 'aws-access-key', 'github-token', 'github-token', 'stripe-live-key', 'slack-token', 'google-api-key', 'jwt',
    ]);
    const json = JSON.stringify(findings);
    for (const secret of [awsId, awsSecret, githubToken, finePat, stripeKey, slackToken, googleKey, jwt, keyBody]) {
      expect(json).not.toContain(secret.slice(0, 8));
    }
  });

  it('finds a private key whose line breaks are written as \\n inside a string', () => {
    const text = `{"private_key": "-----BEGIN PRIVATE KEY-----\\n${keyBody}\\n-----END PRIVATE KEY-----\\n"}`;
    expect(summary(scan(text, 'deploy/service-account.json'))).toEqual([[1, 18, '`-----BEGIN PRIVATE KEY-----` block committed in source']]);
  });

  it('finds an AWS key id when the secret is up to 5 lines away, not 6', () => {
    const near = [`id=${awsId}`, '', '', '', '', `secret=${awsSecret}`].join('\n');
    const far = [`id=${awsId}`, '', '', '', '', '', `secret=${awsSecret}`].join('\n');
    const above = [`secret=${awsSecret}`, `id=${awsId}`].join('\n');
    expect(scan(near)).toHaveLength(1);
    expect(scan(far)).toEqual([]);
    expect(scan(above)).toHaveLength(1);
  });
});

describe('secrets: look-alikes are not found', () => {
  it.each([
    ['an AWS key id without a secret', `aws_access_key_id = ${awsId}`],
    ['an AWS key id next to a git commit hash', `${awsId}\ncommit ${randomText(40, '0123456789abcdef', 11)}`],
    ['the AWS documentation example', 'AKIAIOSFODNN7EXAMPLE\nwJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['a Stripe test key', `sk_test_${randomText(24, BASE62, 12)}`],
    ['a placeholder GitHub token', `GITHUB_TOKEN=ghp_${'x'.repeat(36)}`],
    ['a GitHub token one character short', `ghp_${randomText(35, BASE62, 13)}`],
    ['a GitHub token inside a longer word', `aghp_${randomText(36, BASE62, 14)}`],
    ['a JWT with alg none', `${base64url({ alg: 'none' })}.${base64url({ sub: 'u-81' })}.${randomText(43, BASE62, 15)}`],
    ['a JWT with a short signature', `${base64url({ alg: 'HS256' })}.${base64url({ sub: 'u-81' })}.${randomText(20, BASE62, 16)}`],
    ['the jwt.io example token', `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}.${randomText(43, BASE62, 17)}`],
    ['a private key header without a key', "if (pem.startsWith('-----BEGIN RSA PRIVATE KEY-----')) {\n  return parse(pem);\n}"],
    ['a private key template', '-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----'],
    ['a Slack placeholder', 'SLACK_TOKEN=xoxb-your-bot-token-here'],
    ['a Google key with a placeholder word', `AIzaSyYOUR_API_KEY_${randomText(16, BASE62, 18)}`],
  ])('%s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });

  it('placeholders: repeats, ascending runs and sample words', () => {
    expect(['xxxxxx', 'a000000b', 'abcdef', 'x123456', 'MY_EXAMPLE', 'your-token', 'redacted'].map(isPlaceholder)).toEqual([
      true, true, true, true, true, true, true,
    ]);
    expect([randomText(36, BASE62, 3), 'aaaaab', 'abcdeX'].map(isPlaceholder)).toEqual([false, false, false]);
  });

  it('skips test code, fixture folders and lock files', () => {
    for (const path of ['tests/test_auth.py', 'src/auth.test.ts', 'internal/testdata/creds.json', 'app/fixtures/keys.yml', 'package-lock.json', 'go.sum']) {
      expect(secrets.wants(describeFile(path)), path).toBe(false);
    }
    for (const path of ['src/config.ts', '.env', 'deploy/values.yaml', 'README.md']) {
      expect(secrets.wants(describeFile(path)), path).toBe(true);
    }
  });
});

describe('secrets: whole-file pre-check', () => {
  const quickCheck = /PRIVATE KEY|AKIA|ASIA|gh[pousr]_|github_pat_|k_live_|xox[baprs]-|AIza|eyJ/;

  it('agrees with the prefix regex at the start, middle and end of a file, and on near misses', () => {
    const prefixes = ['PRIVATE KEY', 'AKIA', 'ASIA', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'sk_live_', 'rk_live_', 'xoxb-', 'xoxs-', 'AIza', 'eyJ'];
    const nearMisses = ['PRIVATE  KEY', 'AKI', 'gh', 'ghp', 'ghx_', 'hp_', 'github-pat_', 'k-live_', 'xoxb', 'xoxz-', 'AIz', 'ey', 'eyj', 'right_high_'];
    for (const sample of [...prefixes, ...nearMisses]) {
      for (const text of [sample, `const a = 1;\n${sample}\nconst b = 2;`, `gh gh_ ${sample}`, `${sample} gh`]) {
        expect(mayHoldSecret(text), text).toBe(quickCheck.test(text));
      }
    }
  });

  it('still finds a token that is the whole file or its last characters', () => {
    expect(scan(githubToken).map((finding) => finding.line)).toEqual([1]);
    expect(scan(`right high\n${githubToken}`).map((finding) => finding.column)).toEqual([1]);
    expect(scan(`x = "${stripeKey}"`)).toHaveLength(1);
  });
});
