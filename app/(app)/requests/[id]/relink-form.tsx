"use client";

import { useActionState } from "react";
import { relinkRequestAction } from "@/app/actions/requests/relink-request-action";
import { FieldError } from "@/app/components/field-error";

export function RelinkForm(props: {
  requestId: string;
  version: number;
  orders: { ref: string; label: string }[];
  accountRef: string;
  currentOrderRef: string;
}) {
  const [state, submit, pending] = useActionState(relinkRequestAction, null);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <details className="rounded border border-slate-200 p-2">
      <summary className="cursor-pointer text-xs font-semibold text-slate-600">
        Re-link to another customer or order
      </summary>
      <form action={submit} className="mt-2 space-y-2" aria-label="Re-link">
        <input type="hidden" name="requestId" value={props.requestId} />
        <input type="hidden" name="version" value={props.version} />
        <div>
          <label className="label" htmlFor="relink-account">
            Account id
          </label>
          <input
            id="relink-account"
            name="accountRef"
            defaultValue={props.accountRef}
            className="input"
            placeholder="ACC-10042"
          />
          <FieldError errors={fe?.accountRef} />
        </div>
        <div>
          <label className="label" htmlFor="relink-order">
            Order reference
          </label>
          <input
            id="relink-order"
            name="orderRef"
            defaultValue={props.currentOrderRef}
            className="input"
            list="relink-orders"
            placeholder="ORD-100042"
          />
          <datalist id="relink-orders">
            {props.orders.map((o) => (
              <option key={o.ref} value={o.ref}>
                {o.label}
              </option>
            ))}
          </datalist>
          <FieldError errors={fe?.orderRef} />
        </div>
        {state && !state.ok && !fe && (
          <p role="alert" className="text-xs text-red-700">
            {state.message}
          </p>
        )}
        <button type="submit" className="btn" disabled={pending}>
          Re-link and re-evaluate
        </button>
      </form>
    </details>
  );
}
