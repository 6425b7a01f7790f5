"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { recordDecisionAction } from "@/app/actions/requests/record-decision-action";
import type { ClauseId } from "@/lib/policy/clauses";
import type { Outcome } from "@/lib/policy/vocabulary";
import { neutraliseBidi } from "@/lib/neutralise-bidi";
import { AskedItems } from "./asked-items";
import { ClausePicker } from "./clause-picker";
import { DecisionAlert } from "./decision-alert";
import { NoteFields } from "./note-fields";
import { OutcomePicker } from "./outcome-picker";
import { PaymentFields } from "./payment-fields";
import { useDecisionDraft } from "./use-decision-draft";

export type DecisionFormProps = {
  requestId: string;
  version: number;
  idempotencyKey: string;
  reference: string;
  subject: string;
  customerName: string | null;
  currency: string | null;
  missing: string[];
  language: string | null;
  /** Prefill for the alternative refund method (PAY-NO-REFUND-METHOD): the payment details the customer's email gave, masked. */
  suggestedAlternative: string;
  rec: {
    outcome: Outcome | null;
    amountMinor: number | null;
    destination: "balance" | "direct" | null;
    clauses: ClauseId[];
    alternativeRefundRequired: boolean;
    payoutBy: string | null;
  };
  assignedToOther: string | null;
  /** A manager may decide on "no clause: manager's discretion". */
  canUseDiscretion: boolean;
};

// Field errors this form shows beside their inputs; any other field error goes into the alert.
const SHOWN_FIELDS = [
  "amount",
  "destination",
  "currency",
  "clauses",
  "note",
  "justification",
  "alternativeMethod",
  "askedItems",
];

/** The decision form: outcome, money, clauses, what to ask for, note, justification, reply. */
export function DecisionForm(p: DecisionFormProps) {
  const router = useRouter();
  const submitRef = useRef<HTMLButtonElement>(null);
  const {
    recKind,
    kind,
    chooseKind,
    amount,
    setAmount,
    destination,
    setDestination,
    clauses,
    setClauses,
    discretion,
    setDiscretion,
    askedItems,
    setAskedItems,
    alternativeMethod,
    setAlternativeMethod,
    paying,
    devs,
    needsNote,
    draft,
    replyEdited,
    replyText,
    editReply,
  } = useDecisionDraft(p, submitRef);
  const [result, setResult] = useState<Awaited<ReturnType<typeof recordDecisionAction>> | null>(
    null,
  );
  const [pending, start] = useTransition();

  function submit(fd: FormData) {
    // Only a reply the reviewer edited is sent as typed; otherwise the server drafts it from the decision it records
    // (its real payout deadline and destination).
    if (replyEdited) {
      fd.set("replyBody", replyText);
      fd.set("replySubject", draft.subject);
    }
    start(async () => {
      const res = await recordDecisionAction(fd);
      setResult(res);
      if (res.ok) router.refresh();
    });
  }

  const fe = result && !result.ok ? result.fieldErrors : undefined;
  if (result?.ok) {
    return (
      <section className="card space-y-2 text-sm" role="status" aria-label="Decision">
        <p>
          Decision recorded{result.data.override ? " (override)" : ""}: the request is now{" "}
          <b>{result.data.status.replace("_", " ")}</b> and the reply is in the outbox.
        </p>
      </section>
    );
  }
  return (
    // onSubmit rather than `action`: React resets a form after an action, which would wipe the note on a refused submit.
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit(new FormData(e.currentTarget));
      }}
      className="card space-y-3 text-sm"
      aria-label="Decision"
    >
      <h2 className="font-semibold">Decision</h2>
      <p className="text-xs text-slate-600">
        Keys: <kbd>a</kbd> then Enter records the recommendation; <kbd>d</kbd> deny; <kbd>i</kbd>{" "}
        request information.
      </p>
      <input type="hidden" name="requestId" value={p.requestId} />
      <input type="hidden" name="version" value={p.version} />
      <input type="hidden" name="idempotencyKey" value={p.idempotencyKey} />
      <input type="hidden" name="currency" value={p.currency ?? ""} />
      <OutcomePicker kind={kind} recommended={recKind} onKind={chooseKind} />
      {paying && (
        <PaymentFields
          currency={p.currency}
          amount={amount}
          onAmount={setAmount}
          destination={destination}
          onDestination={setDestination}
          alternativeMethod={alternativeMethod}
          onAlternativeMethod={setAlternativeMethod}
          alternativeRequired={p.rec.alternativeRefundRequired}
          suggestedAlternative={p.suggestedAlternative}
          errors={fe}
        />
      )}
      {kind === "request_info" && (
        <AskedItems
          items={askedItems}
          onItems={setAskedItems}
          missing={p.missing}
          language={p.language}
          errors={fe?.askedItems}
        />
      )}
      <ClausePicker
        kind={kind}
        clauses={clauses}
        onClauses={setClauses}
        canUseDiscretion={p.canUseDiscretion}
        discretion={discretion}
        onDiscretion={setDiscretion}
        errors={fe?.clauses}
      />
      <NoteFields
        needsNote={needsNote}
        deviations={devs}
        discretion={discretion}
        assignedToOther={p.assignedToOther}
        errors={fe}
      />
      <div>
        <label className="label" htmlFor="d-reply">
          Reply to the customer · {neutraliseBidi(draft.subject)}
        </label>
        <textarea
          id="d-reply"
          className="input h-44 font-mono text-xs"
          value={replyText}
          onChange={(e) => editReply(e.target.value)}
        />
      </div>
      {result && !result.ok && (!fe || Object.keys(fe).some((k) => !SHOWN_FIELDS.includes(k))) && (
        <DecisionAlert result={result} />
      )}
      <button ref={submitRef} type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Recording…" : "Record decision"}
      </button>
    </form>
  );
}
