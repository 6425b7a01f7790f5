import { formatMinor } from "../money";
import type { ParsedPolicyCase, PolicyOrder } from "../schema";
import type { Claim } from "../vocabulary";
import { checkSmsShown } from "./check-disposable";
import { at, formatDuration, type Finding } from "./finding";
import { hasOngoingOutage, measureOrderOutages } from "./order-outages";

const CLIENT_ENDED = new Set<PolicyOrder["status"]>([
  "disconnected_by_client",
  "deleted_by_client",
]);
/** Paid services with a period the client can end early. */
const PERIOD_SERVICES = new Set<PolicyOrder["kind"]>(["rented_number", "caller_id"]);

function voluntaryDisconnect(order: PolicyOrder | null, now: number): Finding {
  const id = "VN-DENY-VOLUNTARY-DISCONNECT";
  if (!order || !PERIOD_SERVICES.has(order.kind) || !CLIENT_ENDED.has(order.status)) {
    return { id, matched: false, fact: "the client has not disconnected the service" };
  }
  if (order.statusAt !== null && at(order.statusAt) >= at(order.periodEnd)) {
    return {
      id,
      matched: false,
      fact: "the client disconnected the service after the paid period ended",
    };
  }
  // "Unrelated to the service issues": any counted outage makes the disconnect possibly related.
  if (measureOrderOutages(order, now).episodes.length > 0) {
    return {
      id,
      matched: false,
      fact: "the client disconnected the service, but an outage was reported in the paid period",
    };
  }
  return {
    id,
    matched: true,
    fact: "the client disconnected the service before the end of the paid period, with no service issue on record",
  };
}

function deletedWithBalance(policyCase: ParsedPolicyCase): Finding {
  const id = "VN-DENY-DELETED-WITH-BALANCE";
  const { account, order, request } = policyCase;
  const funds = formatMinor(account.balanceMinor, request.currency);
  if (account.balanceMinor <= 0)
    return { id, matched: false, fact: "there are no unused funds on the balance" };
  if (order && CLIENT_ENDED.has(order.status)) {
    return {
      id,
      matched: true,
      fact: `the client disconnected/deleted the paid service and ${funds} remain on the balance`,
    };
  }
  if (request.claim === "unused_balance") {
    return {
      id,
      matched: true,
      fact: `the client asks for the ${funds} of unused funds on the balance`,
    };
  }
  return {
    id,
    matched: false,
    fact: "the client neither ended the service nor asks for the unused balance",
  };
}

function registrationService(policyCase: ParsedPolicyCase, now: number): Finding {
  const id = "VN-DENY-REGISTRATION-SPECIFIC-SERVICE";
  const { order, request } = policyCase;
  if (!order || order.label !== "for_registration")
    return { id, matched: false, fact: "the number is not labelled «For registration»" };
  if (request.claim !== "specific_service_sms_failure") {
    return { id, matched: false, fact: "the claim is not about SMS from one specific service" };
  }
  if (order.status !== "active" || hasOngoingOutage(order, now)) {
    return { id, matched: false, fact: "the «For registration» number is not operational" };
  }
  return {
    id,
    matched: true,
    fact: "the «For registration» number is operational and only one specific service's SMS fail",
  };
}

function callerId(policyCase: ParsedPolicyCase): Finding {
  const id = "VN-DENY-CALLER-ID-TECHNICAL";
  const { order, request } = policyCase;
  if (!order || order.kind !== "caller_id")
    return { id, matched: false, fact: "not a Caller ID order" };
  if (request.claim === "caller_id_unavailable" || order.status === "not_provided") {
    return {
      id,
      matched: true,
      fact: "the Caller ID service could not be provided for technical reasons",
    };
  }
  return { id, matched: false, fact: "the Caller ID order is not reported as unavailable" };
}

function outageUnder24h(order: PolicyOrder | null, now: number): Finding {
  const id = "VN-DENY-OUTAGE-UNDER-24H";
  if (!order || order.kind !== "rented_number")
    return { id, matched: false, fact: "not a rented number order" };
  const measure = measureOrderOutages(order, now);
  if (measure.episodes.length === 0)
    return { id, matched: false, fact: "no counted outage inside the paid period" };
  if (measure.qualifying.length > 0)
    return { id, matched: false, fact: "an outage lasted more than 24 h" };
  return {
    id,
    matched: true,
    fact: `the longest outage inside the paid period lasted ${formatDuration(measure.longestMs)}, not more than 24 h`,
  };
}

function byClaim(claim: Claim, id: Finding["id"], wanted: Claim, yes: string): Finding {
  return claim === wanted
    ? { id, matched: true, fact: yes }
    : { id, matched: false, fact: `the claim is "${claim}"` };
}

/** Denials, in catalogue order; they decide only when no bar or entitlement applies. */
export function checkDenials(policyCase: ParsedPolicyCase): Finding[] {
  const now = at(policyCase.now);
  const { order, request } = policyCase;
  return [
    voluntaryDisconnect(order, now),
    deletedWithBalance(policyCase),
    registrationService(policyCase, now),
    callerId(policyCase),
    outageUnder24h(order, now),
    byClaim(
      request.claim,
      "GEN-DENY-CHANGED-MIND",
      "changed_mind",
      "the client changed their mind about the order",
    ),
    byClaim(
      request.claim,
      "GEN-DENY-ACCIDENTAL-TOPUP",
      "accidental_topup",
      "the client topped up the balance by accident",
    ),
    byClaim(
      request.claim,
      "GEN-DENY-MISUNDERSTANDING",
      "misunderstanding",
      "the client misunderstood how the service works",
    ),
    checkSmsShown(policyCase),
  ];
}
