"use client";

import { useActionState } from "react";
import { correctRequestFieldAction } from "@/app/actions/requests/correct-request-field-action";
import { PAYMENT_DETAIL_KINDS } from "@/lib/policy/vocabulary";

export type FieldEditorProps = {
  requestId: string;
  version: number;
  field: string;
  label: string;
  value: string;
  options?: string[];
  /** Payment details: a kind to choose, and a value typed in full (never prefilled: it is stored sealed). */
  payment?: { kind: string | null };
};

/** One field's correction form: audited on the server, the policy re-run. */
export function FieldEditor({
  requestId,
  version,
  field,
  label,
  value,
  options,
  payment,
}: FieldEditorProps) {
  const [state, submit, pending] = useActionState(correctRequestFieldAction, null);
  return (
    <form
      action={submit}
      className="flex flex-wrap items-center gap-1"
      aria-label={`Correct ${label}`}
    >
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="field" value={field} />
      {payment && (
        <select
          name="detailKind"
          defaultValue={payment.kind ?? "card"}
          className="input w-auto py-0.5 text-xs"
          aria-label="Kind of payment details"
        >
          {PAYMENT_DETAIL_KINDS.map((k) => (
            <option key={k} value={k}>
              {k.replace(/_/g, " ")}
            </option>
          ))}
        </select>
      )}
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
          autoComplete="off"
          className="input min-w-0 flex-1 py-0.5 text-xs"
          aria-label={label}
          placeholder={payment ? "full number, IBAN, wallet…" : undefined}
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
