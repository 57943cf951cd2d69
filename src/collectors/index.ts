// The registry of collectors, sorted by id. A collector added here runs on every scan.
import type { PathCollector, TextCollector } from '../evidence.js';
import { ciOtherSystems } from './ci-other-systems.js';
import { ciWorkflows } from './ci-workflows.js';
import { composeServices } from './compose-services.js';
import { dockerfiles } from './dockerfiles.js';
import { javascriptCode } from './javascript-code.js';
import { migrations } from './migrations.js';
import { pythonCode } from './python-code.js';

export const textCollectors: readonly TextCollector[] = [ciWorkflows, composeServices, dockerfiles, javascriptCode, pythonCode];

export const pathCollectors: readonly PathCollector[] = [ciOtherSystems, migrations];
