import { describe, expect, it } from 'vitest';
import { ciOtherSystems } from '../../../src/collectors/ci-other-systems.js';
import { describeFile } from '../../../src/inventory/classify.js';

describe('ciOtherSystems', () => {
  it('finds root CI configurations and Jenkinsfiles anywhere', () => {
    const paths = [
      '.gitlab-ci.yml',
      '.circleci/config.yml',
      'Jenkinsfile',
      'ci/jenkins/Jenkinsfile',
      'azure-pipelines.yml',
      '.travis.yml',
      'bitbucket-pipelines.yml',
    ];
    expect(ciOtherSystems.collect(paths.map(describeFile)).map((finding) => [finding.file, finding.message, finding.data?.system])).toEqual([
      ['.gitlab-ci.yml', 'GitLab CI configuration', 'gitlab'],
      ['.circleci/config.yml', 'CircleCI configuration', 'circleci'],
      ['Jenkinsfile', 'Jenkins pipeline', 'jenkins'],
      ['ci/jenkins/Jenkinsfile', 'Jenkins pipeline', 'jenkins'],
      ['azure-pipelines.yml', 'Azure Pipelines configuration', 'azure-pipelines'],
      ['.travis.yml', 'Travis CI configuration', 'travis'],
      ['bitbucket-pipelines.yml', 'Bitbucket Pipelines configuration', 'bitbucket'],
    ]);
  });

  it('gives line 0 and kind ci.other', () => {
    expect(ciOtherSystems.collect([describeFile('.travis.yml')])).toEqual([
      { kind: 'ci.other', file: '.travis.yml', line: 0, message: 'Travis CI configuration', data: { system: 'travis' } },
    ]);
  });

  it('ignores the same names below the root and look-alikes', () => {
    const paths = ['sub/.gitlab-ci.yml', 'docs/.travis.yml', 'x/.circleci/config.yml', 'Jenkinsfile.bak', 'MyJenkinsfile', 'constructor', 'toString'];
    expect(ciOtherSystems.collect(paths.map(describeFile))).toEqual([]);
  });
});
