// The registry of collectors, sorted by id. A collector added here runs on every scan.
import type { PathCollector, TextCollector } from '../evidence.js';
import { apiDocs } from './api-docs.js';
import { ciOtherSystems } from './ci-other-systems.js';
import { ciWorkflows } from './ci-workflows.js';
import { composeServices } from './compose-services.js';
import { csharpCode } from './csharp-code.js';
import { dependencyLockfiles } from './dependency-lockfiles.js';
import { dependencyManifests } from './dependency-manifests.js';
import { deploymentFiles } from './deployment-files.js';
import { dockerfiles } from './dockerfiles.js';
import { envFiles } from './env-files.js';
import { goCode } from './go-code.js';
import { javascriptCode } from './javascript-code.js';
import { jvmCode } from './jvm-code.js';
import { kubernetes } from './kubernetes.js';
import { migrations } from './migrations.js';
import { mockDataCollector } from './mock-data.js';
import { operability } from './operability.js';
import { phpCode } from './php-code.js';
import { projectDocs } from './project-docs.js';
import { pythonCode } from './python-code.js';
import { rubyCode } from './ruby-code.js';
import { rustCode } from './rust-code.js';
import { secrets } from './secrets.js';

export const textCollectors: readonly TextCollector[] = [
  apiDocs,
  ciWorkflows,
  composeServices,
  csharpCode,
  dependencyManifests,
  dockerfiles,
  goCode,
  javascriptCode,
  jvmCode,
  kubernetes,
  mockDataCollector,
  operability,
  phpCode,
  pythonCode,
  rubyCode,
  rustCode,
  secrets,
];

// dependency-lockfiles reads the manifests the text collectors found, so path collectors run after them.
export const pathCollectors: readonly PathCollector[] = [
  ciOtherSystems,
  dependencyLockfiles,
  deploymentFiles,
  envFiles,
  migrations,
  projectDocs,
];
