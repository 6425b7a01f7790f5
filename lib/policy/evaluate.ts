import { calendarSchema, type Calendar, type CalendarInput } from "./calendar";
import { CLAUSE_IDS, type ClauseId } from "./clauses";
import { computeDeadlines } from "./deadlines";
import { explain } from "./explain";
import { checkBars } from "./rules/check-bars";
import { checkDenials } from "./rules/check-denials";
import { checkDisposableRefund } from "./rules/check-disposable";
import { checkRentedEntitlements } from "./rules/check-entitlements";
import { checkGate } from "./rules/check-gate";
import { checkPayment } from "./rules/check-payment";
import { decide, type Findings } from "./rules/decide";
import type { Finding } from "./rules/finding";
import { findContradictions } from "./rules/find-contradictions";
import { policyCaseSchema, type ParsedPolicyCase, type PolicyCase } from "./schema";
import { ENGINE_VERSION, type PolicyResult } from "./types";

function gatherFindings(policyCase: ParsedPolicyCase): Findings {
  return {
    bars: checkBars(policyCase),
    contradictions: findContradictions(policyCase),
    entitlements: [...checkRentedEntitlements(policyCase), checkDisposableRefund(policyCase)],
    denials: checkDenials(policyCase),
  };
}

/**
 * Evaluates one case against the refund policy. Pure: no clock, no I/O, no
 * randomness; the same case always gives the same result. Throws on a case
 * that fails `policyCaseSchema` (use `parsePolicyCase` to get the issues).
 * `calendar` overrides the case's own calendar; both default to UTC, Sat+Sun, no holidays.
 */
export function evaluate(input: PolicyCase, calendar?: CalendarInput): PolicyResult {
  const policyCase = policyCaseSchema.parse(input);
  const usedCalendar: Calendar = calendarSchema.parse(calendar ?? policyCase.calendar ?? {});
  const gate = checkGate(policyCase.request);
  const findings = gatherFindings(policyCase);
  const decision = decide(policyCase, findings);
  const payment = checkPayment(policyCase, decision);
  const complete = gate.missing.length === 0;
  const currency = policyCase.order?.currency ?? policyCase.request.currency;

  // REQ-INCOMPLETE comes first; the decision above stays visible as the provisional evaluation.
  // Without a matched order the denial the claim points to is provisional too (policy-spec.md).
  const denialOnceLinked =
    decision.provisionalDenials.length > 0
      ? {
          outcome: "deny" as const,
          amountMinor: null,
          destination: null,
          clauses: decision.provisionalDenials,
        }
      : null;
  const provisional = complete
    ? denialOnceLinked
    : (denialOnceLinked ?? {
        outcome: decision.outcome,
        amountMinor: decision.amountMinor,
        destination: decision.destination,
        clauses: [...decision.clauses, ...payment.cited],
      });
  const outcome = complete ? decision.outcome : "needs_info";
  const destination = complete ? decision.destination : null;
  const waitUntil = complete && decision.hold?.outcome === "wait" ? decision.hold.waitUntil : null;
  const { deadlines, findings: deadlineFindings } = computeDeadlines(policyCase, usedCalendar, {
    complete,
    destination,
    waitUntil,
  });

  const all: Finding[] = [
    gate.finding,
    ...findings.bars,
    ...findings.entitlements,
    ...findings.denials,
    ...payment.findings,
    ...deadlineFindings,
  ];
  const byId = new Map<ClauseId, Finding>(all.map((f) => [f.id, f]));
  const considered = CLAUSE_IDS.flatMap((id) => {
    const finding = byId.get(id);
    return finding ? [{ id, matched: finding.matched, fact: finding.fact }] : [];
  });

  const incomplete: ClauseId[] = ["REQ-INCOMPLETE"];
  const result = {
    outcome,
    destination,
    amountMinor: complete ? decision.amountMinor : null,
    currency,
    clauses: complete ? [...decision.clauses, ...payment.cited] : incomplete,
    missing: gate.missing,
    provisional,
    alternativeRefundRequired: complete && payment.alternativeRefundRequired,
    flags: complete ? decision.flags : [],
    // Listed even when a bar or the gate decided, so the reviewer sees them before correcting the facts.
    contradictions: findings.contradictions,
    deadlines,
  };
  return {
    engineVersion: ENGINE_VERSION,
    ...result,
    considered,
    explanation: explain(result, byId, usedCalendar, policyCase.request.amountRequestedMinor),
    calendar: usedCalendar,
  };
}
