"use client";

import { FieldError } from "@/app/components/field-error";

type Props = {
  currency: string | null;
  amount: string;
  onAmount: (v: string) => void;
  destination: "balance" | "direct";
  onDestination: (v: "balance" | "direct") => void;
  alternativeMethod: string;
  onAlternativeMethod: (v: string) => void;
  /** PAY-NO-REFUND-METHOD: the order's method cannot take the refund. */
  alternativeRequired: boolean;
  suggestedAlternative: string;
  errors?: Record<string, string[] | undefined>;
};

/** Amount, destination and (for a direct refund) the alternative refund method. */
export function PaymentFields(p: Props) {
  return (
    <div className="grid grid-cols-2 gap-2">
      <div>
        <label className="label" htmlFor="d-amount">
          Amount ({p.currency})
        </label>
        <input
          id="d-amount"
          name="amount"
          value={p.amount}
          onChange={(e) => p.onAmount(e.target.value)}
          className="input"
          inputMode="decimal"
        />
        <FieldError errors={p.errors?.amount} />
      </div>
      <div>
        <label className="label" htmlFor="d-destination">
          Destination
        </label>
        <select
          id="d-destination"
          name="destination"
          value={p.destination}
          onChange={(e) => p.onDestination(e.target.value === "direct" ? "direct" : "balance")}
          className="input"
        >
          <option value="balance">Account balance</option>
          <option value="direct">Direct refund</option>
        </select>
        <FieldError errors={p.errors?.destination ?? p.errors?.currency} />
      </div>
      {p.destination === "direct" && (
        <div className="col-span-2">
          <label className="label" htmlFor="d-alt">
            Alternative refund method
            {p.alternativeRequired ? " (required: the method cannot refund)" : ""}
          </label>
          <input
            id="d-alt"
            name="alternativeMethod"
            className="input"
            value={p.alternativeMethod}
            onChange={(e) => p.onAlternativeMethod(e.target.value)}
            required={p.alternativeRequired}
            placeholder="e.g. bank transfer to the IBAN given"
          />
          {p.alternativeMethod !== "" && p.alternativeMethod === p.suggestedAlternative && (
            <p className="mt-1 text-xs text-amber-900">
              Suggested from the payment details in the customer&apos;s email: check it before
              recording.
            </p>
          )}
          <FieldError errors={p.errors?.alternativeMethod} />
        </div>
      )}
    </div>
  );
}
