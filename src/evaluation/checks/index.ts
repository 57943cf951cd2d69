// Every check type, by the rule-file key that selects it. Sorted; one module per type.
import type { Check } from '../../rules/rule-set.js';
import type { CheckContext, CheckDefinition, CheckOutcome } from './check-definition.js';
import { fileExists } from './file-exists.js';
import { findingBudget } from './finding-budget.js';
import { metricDelta } from './metric-delta.js';
import { metricThreshold } from './metric-threshold.js';
import { newFindingsBudget } from './new-findings-budget.js';

export const CHECKS: { [Type in Check['type']]: CheckDefinition<Extract<Check, { type: Type }>> } = {
  delta: metricDelta,
  exists: fileExists,
  findings: findingBudget,
  metric: metricThreshold,
  new: newFindingsBudget,
};

export function runCheck(check: Check, context: CheckContext): CheckOutcome {
  // The mapped type above guarantees CHECKS[type] takes the check of that type.
  const definition = CHECKS[check.type] as CheckDefinition<Check>;
  return definition.run(check, context);
}
