import type { Decision, Order, PaymentMethod, RefundRequest } from "@/db/schema";
import type { FourEyesSettings } from "@/lib/payouts/four-eyes";
import type { Calendar, PolicyResult } from "@/lib/policy";
import type { RecordDecisionInput } from "./decision-schema";

/** Everything checkDecision needs, loaded (and locked) by loadDecisionContext. */
export type DecisionContext = {
  input: RecordDecisionInput;
  now: Date;
  actor: {
    id: string;
    /** May reopen, and decide on "no clause: manager's discretion". */ manager: boolean;
  };
  request: RefundRequest;
  /** Name of the reviewer holding the request, when someone else does. */
  assigneeName: string | null;
  /** The decision in force: the newest one on the request. */
  latest: (Decision & { decidedByName: string }) | null;
  order: Order | null;
  paymentMethod: PaymentMethod | null;
  evaluation: PolicyResult | null;
  /** The request's own money: what its payouts hold net of reversals, and whether one is at the provider. */
  booked: { heldMinor: number; inFlight: boolean };
  calendar: Calendar;
  fourEyes: FourEyesSettings;
};
