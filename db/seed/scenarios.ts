import { routineScenarios } from "./routine-scenarios";
import type { Scenario } from "./scenario-types";
import { DENIAL_SCENARIOS } from "./scenarios-denials";
import { ENTITLEMENT_SCENARIOS } from "./scenarios-entitlements";
import { GATE_AND_BAR_SCENARIOS } from "./scenarios-gate-bars";
import { GENERAL_SCENARIOS } from "./scenarios-general";

export type { Scenario } from "./scenario-types";

/**
 * The hand-written scenario table: each row is one customer, one order with
 * its outages and SMS log, and the email that should make the policy engine
 * cite `expectedClause`. Every clause of policy-spec.md appears at least once.
 */
export const SCENARIOS: readonly Scenario[] = [
  ...GATE_AND_BAR_SCENARIOS,
  ...ENTITLEMENT_SCENARIOS,
  ...DENIAL_SCENARIOS,
  ...GENERAL_SCENARIOS,
];

export const DEFAULT_SEED = 20260;

/** The hand-written table plus the faker-built routine requests for this seed. */
export function allScenarios(seed: number = DEFAULT_SEED): Scenario[] {
  const taken = new Set(SCENARIOS.map((s) => s.customer.email.toLowerCase()));
  return [...SCENARIOS, ...routineScenarios(seed, taken)];
}
