"use client";

import { CLAIMS } from "@/lib/policy/vocabulary";
import { FieldEditor } from "./field-editor";

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
    /** The masked payment details and their kind; the full value never reaches the browser. */
    payment: { kind: string; masked: string } | null;
    phones: string[];
    orderRefs: string[];
    language: string | null;
    missing: string[];
  };
};

/** The request's extracted fields; a reviewer can correct any of them (audited, re-evaluated). */
export function ExtractedFields({ requestId, version, canEdit, fields: f }: Props) {
  const rows: {
    field: string;
    label: string;
    value: string;
    display: string;
    options?: string[];
    payment?: { kind: string | null };
    mono?: boolean;
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
    {
      field: "paymentDetails",
      label: "Payment details",
      value: "",
      display: f.payment ? `${f.payment.kind.replace(/_/g, " ")} ${f.payment.masked}` : "missing",
      payment: { kind: f.payment?.kind ?? null },
    },
    {
      field: "phoneNumbers",
      label: "Phone numbers",
      value: f.phones.join(", "),
      display: f.phones.join(", ") || "—",
      mono: true,
    },
    {
      field: "orderRefs",
      label: "Order references",
      value: f.orderRefs.join(", "),
      display: f.orderRefs.join(", ") || "—",
      mono: true,
    },
    {
      field: "language",
      label: "Reply language",
      value: f.language === "ru" ? "ru" : "en",
      display: f.language === "ru" ? "Russian" : "English",
      options: ["en", "ru"],
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
                className={`${r.mono ? "font-mono text-xs" : ""} ${
                  r.display === "missing" || r.display.startsWith("not recognised")
                    ? "text-amber-900"
                    : ""
                }`}
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
                    payment={r.payment}
                  />
                </details>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
