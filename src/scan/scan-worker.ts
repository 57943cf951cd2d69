// Entry of a scan worker thread (bundled as dist/scan-worker.js): the registry's text collectors, served.
import { textCollectors } from '../collectors/index.js';
import { serveScanWorker } from './serve-scan-worker.js';

serveScanWorker(textCollectors);
