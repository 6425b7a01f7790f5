"use client";

import {
  NOT_PROVIDED_CAUSES,
  ORDER_KINDS,
  ORDER_STATUSES,
  PAYMENT_METHOD_TYPES,
} from "@/lib/policy/vocabulary";
import type { CaseForm } from "./case-form-model";
import { CheckField, DateTimeField, Section, SelectField, TextField } from "./fields";
import { OutageRows, SmsRows } from "./order-rows";

type Errors = Record<string, string[]>;
type Order = CaseForm["order"];

const KIND_OPTIONS = [
  { value: "none", label: "No order matched" },
  ...ORDER_KINDS.map((k) => ({ value: k, label: k.replaceAll("_", " ") })),
] as const;
const PAYMENT_OPTIONS: { value: Order["paymentType"]; label: string }[] = [
  { value: "", label: "none (paid from balance / unknown)" },
  ...PAYMENT_METHOD_TYPES.map((t) => ({ value: t, label: t.replaceAll("_", " ") })),
];
const CAUSE_OPTIONS: { value: Order["notProvidedCause"]; label: string }[] = [
  { value: "", label: "—" },
  ...NOT_PROVIDED_CAUSES.map((c) => ({ value: c, label: c.replaceAll("_", " ") })),
];

/** The matched order: the facts the entitlements, denials and PAY-* clauses read. */
export function OrderSection({
  form,
  errors,
  onChange,
}: {
  form: CaseForm;
  errors: Errors;
  onChange: (next: CaseForm) => void;
}) {
  const o = form.order;
  const set = (patch: Partial<Order>) => onChange({ ...form, order: { ...o, ...patch } });
  const e = (path: string) => errors[`order.${path}`];
  return (
    <Section title="Order">
      <SelectField
        label="Order kind"
        value={o.present ? o.kind : "none"}
        options={KIND_OPTIONS}
        onChange={(v) => (v === "none" ? set({ present: false }) : set({ present: true, kind: v }))}
        errors={errors.order ?? e("kind")}
      />
      {o.present && (
        <>
          <CheckField
            label="Labelled “For registration”"
            checked={o.forRegistration}
            onChange={(forRegistration) => set({ forRegistration })}
            errors={e("label")}
            className="self-end"
          />
          <TextField
            label="Paid"
            hint="major units"
            value={o.paid}
            onChange={(paid) => set({ paid })}
            errors={e("paidMinor")}
          />
          <TextField
            label="Order currency"
            value={o.currency}
            onChange={(currency) => set({ currency: currency.toUpperCase() })}
            errors={e("currency")}
          />
          <DateTimeField
            label="Period start"
            value={o.periodStart}
            onChange={(periodStart) => set({ periodStart })}
            errors={e("periodStart")}
          />
          <DateTimeField
            label="Period end"
            value={o.periodEnd}
            onChange={(periodEnd) => set({ periodEnd })}
            errors={e("periodEnd")}
          />
          <SelectField
            label="Status"
            value={o.status}
            options={ORDER_STATUSES}
            onChange={(status) => set({ status })}
            errors={e("status")}
          />
          <DateTimeField
            label="Status since"
            value={o.statusAt}
            onChange={(statusAt) => set({ statusAt })}
            errors={e("statusAt")}
          />
          <SelectField
            label="Why not provided"
            value={o.notProvidedCause}
            options={CAUSE_OPTIONS}
            onChange={(notProvidedCause) => set({ notProvidedCause })}
            errors={e("notProvidedCause")}
          />
          <SelectField
            label="Payment method"
            value={o.paymentType}
            options={PAYMENT_OPTIONS}
            onChange={(paymentType) => set({ paymentType })}
            errors={e("paymentMethod") ?? e("paymentMethod.type")}
          />
          <DateTimeField
            label="Activated at (disposable)"
            value={o.activatedAt}
            onChange={(activatedAt) => set({ activatedAt })}
            errors={e("activatedAt")}
          />
          <DateTimeField
            label="Auto-refunded at"
            value={o.autoRefundedAt}
            onChange={(autoRefundedAt) => set({ autoRefundedAt })}
            errors={e("autoRefundedAt")}
          />
          <div className="grid grid-cols-1 gap-1 sm:col-span-2 sm:grid-cols-2">
            <CheckField
              label="Payment method can take a refund"
              checked={o.supportsRefund}
              onChange={(supportsRefund) => set({ supportsRefund })}
            />
            <CheckField
              label="A replacement exists (same country/city)"
              checked={o.replacementAvailable}
              onChange={(replacementAvailable) => set({ replacementAvailable })}
            />
            <CheckField
              label="The client ignored the SMS restrictions"
              checked={o.restrictionsIgnored}
              onChange={(restrictionsIgnored) => set({ restrictionsIgnored })}
            />
            <CheckField
              label="The number requires identity documents"
              checked={o.kycRequired}
              onChange={(kycRequired) => set({ kycRequired })}
            />
          </div>
          <OutageRows rows={o.outages} errors={errors} onChange={(outages) => set({ outages })} />
          <SmsRows rows={o.sms} errors={errors} onChange={(sms) => set({ sms })} />
        </>
      )}
    </Section>
  );
}
