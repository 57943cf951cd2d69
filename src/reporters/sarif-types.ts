// The part of SARIF 2.1.0 that readiness-gate writes.
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { category: string; tags: string[] };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' };
      /** Absent when the finding is about the whole file (line 0). */
      region?: { startLine: number; startColumn?: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
}

export interface SarifRun {
  tool: { driver: { name: 'readiness-gate'; version: string; informationUri: string; rules: SarifRule[] } };
  results: SarifResult[];
  /** Set when results were cut at the per-run cap. */
  properties?: { truncated: true; note: string };
}

export interface SarifLog {
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json';
  version: '2.1.0';
  runs: SarifRun[];
}
