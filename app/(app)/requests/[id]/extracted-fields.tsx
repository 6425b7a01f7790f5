"use client";

import { useActionState } from "react";
import { correctRequestFieldAction } from "@/app/actions/requests/correct-request-field-action";
import { CLAIMS } from "@/lib/policy/vocabulary";

type Props = {
  requestId: string;
  version: number;
  canEdit: boolean;
  fields: {
    serviceName: string | null;
    amount: string;
    currency: string | null;
    claim: string;
    /** The classifier's confidence in the claim (0–1); null when a reviewer set it. */
    claimConfidence: number | null;
    /** Below the threshold: the claim reads "other" because it was not recognised. */
    claimNotRecognised: boolean;
    reasonText: string | null;
    directRequested: boolean;
    payment: string | null;
    phones: string[];
    orderRefs: string[];
    missing: string[];
  };
};

function FieldEditor({
  requestId,
  version,
  field,
  label,
  value,
  options,
}: {
  requestId: string;
  version: number;
  field: string;
  label: string;
  value: string;
  options?: string[];
}) {
  const [state, submit, pending] = useActionState(correctRequestFieldAction, null);
  return (
    <form action={submit} className="flex items-center gap-1" aria-label={`Correct ${label}`}>
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="field" value={field} />
      {options ? (
        <select
          name="value"
          defaultValue={value}
          className="input py-0.5 text-xs"
          aria-label={label}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {o.replace(/_/g, " ")}
            </option>
          ))}
        </select>
      ) : (
        <input
          name="value"
          defaultValue={value}
          className="input py-0.5 text-xs"
          aria-label={label}
        />
      )}
      <button type="submit" className="btn px-2 py-0.5 text-xs" disabled={pending}>
        Save
      </button>
      {state && !state.ok && (
        <span role="alert" className="text-xs text-red-700">
          {state.fieldErrors?.value?.[0] ?? state.message}
        </span>
      )}
    </form>
  );
}

/** The request's extracted fields; a reviewer can correct any of them (audited, re-evaluated). */
export function ExtractedFields({ requestId, version, canEdit, fields: f }: Props) {
  const rows: {
    field: string;
    label: string;
    value: string;
    display: string;
    options?: string[];
  }[] = [
    {
      field: "serviceName",
      label: "Service",
      value: f.serviceName ?? "",
      display: f.serviceName ?? "missing",
    },
    {
      field: "amount",
      label: "Amount asked",
      value: f.amount,
      display: f.amount ? `${f.amount} ${f.currency ?? ""}` : "missing",
    },
    { field: "currency", label: "Currency", value: f.currency ?? "", display: f.currency ?? "—" },
    {
      field: "claim",
      label: "Reason category",
      value: f.claim,
      display: f.claimNotRecognised
        ? "not recognised — choose the claim"
        : `${f.claim.replace(/_/g, " ")}${f.claimConfidence === null ? "" : ` (${Math.round(f.claimConfidence * 100)} %)`}`,
      options: [...CLAIMS],
    },
    {
      field: "reasonText",
      label: "Reason",
      value: f.reasonText ?? "",
      display: f.reasonText ?? "missing",
    },
    {
      field: "directRequested",
      label: "Direct refund asked",
      value: String(f.directRequested),
      display: f.directRequested ? "yes" : "no",
      options: ["true", "false"],
    },
  ];
  return (
    <section className="card text-sm" aria-label="Extracted fields">
      <h2 className="mb-2 font-semibold">Extracted fields</h2>
      {f.missing.length > 0 && (
        <p className="mb-2 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900">
          REQ-INCOMPLETE — missing: {f.missing.join(", ")}
        </p>
      )}
      <dl className="space-y-1.5">
        {rows.map((r) => (
          <div key={r.field}>
            <dt className="text-xs text-slate-500">{r.label}</dt>
            <dd className="flex flex-wrap items-center justify-between gap-2">
              <span
                className={
                  r.display === "missing" || r.display.startsWith("not recognised")
                    ? "text-amber-700"
                    : ""
                }
              >
                {r.display}
              </span>
              {canEdit && (
                <details>
                  <summary className="cursor-pointer text-xs text-indigo-700">correct</summary>
                  <FieldEditor
                    requestId={requestId}
                    version={version}
                    field={r.field}
                    label={r.label}
                    value={r.value}
                    options={r.options}
                  />
                </details>
              )}
            </dd>
          </div>
        ))}
        <div>
          <dt className="text-xs text-slate-500">Payment details</dt>
          <dd>{f.payment ?? <span className="text-amber-700">missing</span>}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Phone numbers</dt>
          <dd className="font-mono text-xs">{f.phones.join(", ") || "—"}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Order references</dt>
          <dd className="font-mono text-xs">{f.orderRefs.join(", ") || "—"}</dd>
        </div>
      </dl>
    </section>
  );
}
