"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { recordDecisionAction } from "@/app/actions/requests/record-decision-action";
import { FieldError } from "@/app/components/field-error";
import { isTyping } from "@/app/components/typing";
import type { DecisionKind } from "@/lib/decisions/vocabulary";
import { draftDecisionReply } from "@/lib/decisions/draft-decision-reply";
import { parseMajorAmount } from "@/lib/decisions/decision-schema";
import { deviations, recommendedKind } from "@/lib/decisions/recommended-decision";
import type { ClauseId } from "@/lib/policy/clauses";
import { defaultClauses } from "@/lib/decisions/default-clauses";
import { minorDigits, minorToDecimal } from "@/lib/policy/money";
import type { Outcome } from "@/lib/policy/vocabulary";
import { neutraliseBidi } from "@/lib/neutralise-bidi";
import { ClausePicker } from "./clause-picker";
import { staleChanges } from "./stale-changes";

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

const KINDS: [DecisionKind, string][] = [
  ["approve", "Approve"],
  ["partial", "Partial"],
  ["deny", "Deny"],
  ["request_info", "Request information"],
];
/** Minor units → the text a person types, with the currency's own decimal places. */
const major = (m: number | null, currency: string | null) =>
  m === null ? "" : minorToDecimal(m, currency ?? "USD");
// Field errors this form shows beside their inputs; any other field error goes into the alert.
const SHOWN_FIELDS = [
  "amount",
  "destination",
  "currency",
  "clauses",
  "note",
  "justification",
  "alternativeMethod",
];

export function DecisionForm(p: DecisionFormProps) {
  const router = useRouter();
  const submitRef = useRef<HTMLButtonElement>(null);
  const [kind, setKind] = useState<DecisionKind>(recommendedKind(p.rec.outcome) ?? "approve");
  const [amount, setAmount] = useState(major(p.rec.amountMinor, p.currency));
  const [destination, setDestination] = useState<"balance" | "direct">(
    p.rec.destination ?? "balance",
  );
  const [clauses, setClauses] = useState<ClauseId[]>(p.rec.clauses);
  const [discretion, setDiscretion] = useState(false);
  // Picking an outcome resets the clauses: the recommendation's only for its own outcome.
  const chooseKind = (k: DecisionKind) => {
    setKind(k);
    setClauses(defaultClauses(k, p.rec));
    setReplyEdited(false);
  };
  const [replyEdited, setReplyEdited] = useState(false);
  const [reply, setReply] = useState("");
  const [alternativeMethod, setAlternativeMethod] = useState(
    p.rec.alternativeRefundRequired ? p.suggestedAlternative : "",
  );
  const [result, setResult] = useState<Awaited<ReturnType<typeof recordDecisionAction>> | null>(
    null,
  );
  const [pending, start] = useTransition();
  const paying = kind === "approve" || kind === "partial";
  const amountMinor = paying ? parseMajorAmount(amount, minorDigits(p.currency ?? "USD")) : null;
  const devs = deviations(
    { outcome: p.rec.outcome, amountMinor: p.rec.amountMinor, destination: p.rec.destination },
    { kind, amountMinor, destination: paying ? destination : null },
  );
  const draft = draftDecisionReply({
    kind,
    ref: p.reference,
    subject: p.subject,
    customerName: p.customerName,
    clauses: discretion ? [] : clauses,
    amountMinor,
    currency: p.currency,
    destination: paying ? destination : null,
    payoutBy: p.rec.payoutBy ? new Date(p.rec.payoutBy) : null,
    missing: p.missing,
    language: p.language,
    alternativeMethod: destination === "direct" ? alternativeMethod || null : null,
  });
  const replyText = replyEdited ? reply : draft.body;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
      const pick = (k: DecisionKind) => {
        setKind(k);
        setClauses(defaultClauses(k, p.rec));
        setReplyEdited(false);
        submitRef.current?.focus();
      };
      if (e.key === "a") {
        setAmount(major(p.rec.amountMinor, p.currency));
        setDestination(p.rec.destination ?? "balance");
        pick(recommendedKind(p.rec.outcome) ?? "approve");
      }
      if (e.key === "d") pick("deny");
      if (e.key === "i") pick("request_info");
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [p.rec, p.currency]);

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
      <input type="hidden" name="requestId" value={p.requestId} />
      <input type="hidden" name="version" value={p.version} />
      <input type="hidden" name="idempotencyKey" value={p.idempotencyKey} />
      <input type="hidden" name="currency" value={p.currency ?? ""} />
      <fieldset className="flex flex-wrap gap-2" aria-label="Outcome">
        {KINDS.map(([k, label]) => (
          <label
            key={k}
            className={`btn cursor-pointer ${kind === k ? "border-indigo-600 ring-1 ring-indigo-600" : ""}`}
          >
            <input
              type="radio"
              name="kind"
              value={k}
              checked={kind === k}
              onChange={() => chooseKind(k)}
              className="sr-only"
            />
            {label}
          </label>
        ))}
      </fieldset>
      {paying && (
        <div className="grid grid-cols-2 gap-2">
          <div>
            <label className="label" htmlFor="d-amount">
              Amount ({p.currency})
            </label>
            <input
              id="d-amount"
              name="amount"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              className="input"
              inputMode="decimal"
            />
            <FieldError errors={fe?.amount} />
          </div>
          <div>
            <label className="label" htmlFor="d-destination">
              Destination
            </label>
            <select
              id="d-destination"
              name="destination"
              value={destination}
              onChange={(e) => setDestination(e.target.value === "direct" ? "direct" : "balance")}
              className="input"
            >
              <option value="balance">Account balance</option>
              <option value="direct">Direct refund</option>
            </select>
            <FieldError errors={fe?.destination ?? fe?.currency} />
          </div>
          {destination === "direct" && (
            <div className="col-span-2">
              <label className="label" htmlFor="d-alt">
                Alternative refund method
                {p.rec.alternativeRefundRequired ? " (required: the method cannot refund)" : ""}
              </label>
              <input
                id="d-alt"
                name="alternativeMethod"
                className="input"
                value={alternativeMethod}
                onChange={(e) => setAlternativeMethod(e.target.value)}
                required={p.rec.alternativeRefundRequired}
                placeholder="e.g. bank transfer to the IBAN given"
              />
              {alternativeMethod !== "" && alternativeMethod === p.suggestedAlternative && (
                <p className="mt-1 text-xs text-amber-800">
                  Suggested from the payment details in the customer&apos;s email: check it before
                  recording.
                </p>
              )}
              <FieldError errors={fe?.alternativeMethod} />
            </div>
          )}
        </div>
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
      <div>
        <label className="label" htmlFor="d-note">
          Note for the record
        </label>
        <textarea id="d-note" name="note" className="input h-16" required />
        <FieldError errors={fe?.note} />
      </div>
      {(devs.length > 0 || discretion) && (
        <div className="rounded border border-orange-300 bg-orange-50 p-2">
          <p className="mb-1 text-xs font-semibold text-orange-900">
            {devs.length > 0 ? `Override: ${devs.join("; ")}` : "Manager's discretion"}
          </p>
          <label className="label" htmlFor="d-just">
            Justification (required)
          </label>
          <textarea id="d-just" name="justification" className="input h-16" />
          <FieldError errors={fe?.justification} />
        </div>
      )}
      {p.assignedToOther && (
        <label className="flex items-center gap-2 text-xs text-orange-900">
          <input type="checkbox" name="takeOver" /> Take over from {p.assignedToOther} (recorded in
          the audit log)
        </label>
      )}
      <div>
        <label className="label" htmlFor="d-reply">
          Reply to the customer · {neutraliseBidi(draft.subject)}
        </label>
        <textarea
          id="d-reply"
          className="input h-44 font-mono text-xs"
          value={replyText}
          onChange={(e) => {
            setReplyEdited(true);
            setReply(e.target.value);
          }}
        />
      </div>
      {result && !result.ok && (!fe || Object.keys(fe).some((k) => !SHOWN_FIELDS.includes(k))) && (
        <div role="alert" className="rounded bg-red-50 px-2 py-1 text-red-800">
          {result.message}
          {result.code === "STALE" && (
            <ul className="mt-1 list-disc pl-5 text-xs">
              {staleChanges(result.details).map((c, i) => (
                <li key={i}>
                  {c.at.slice(0, 16).replace("T", " ")} {c.action}
                  {typeof c.by === "string" ? ` by ${c.by}` : ""}
                </li>
              ))}
              <li>
                <button type="button" className="underline" onClick={() => location.reload()}>
                  Reload the request
                </button>
              </li>
            </ul>
          )}
        </div>
      )}
      <button ref={submitRef} type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Recording…" : "Record decision"}
      </button>
    </form>
  );
}
