"use client";

import { CLAIMS, KYC_STATES, REQUIRED_ITEMS } from "@/lib/policy/vocabulary";
import type { CaseForm } from "./case-form-model";
import { CheckField, DateTimeField, Section, SelectField, TextField } from "./fields";

type Errors = Record<string, string[]>;

const PROVIDED_LABEL: Record<(typeof REQUIRED_ITEMS)[number], string> = {
  serviceName: "States the service name",
  amount: "States the amount",
  reason: "States the refund reason",
  paymentDetails: "Gives payment details",
};

/** The emailed request (REQ-INCOMPLETE's four items, claim, amount asked) and the evaluation instant. */
export function RequestSection({
  form,
  errors,
  onChange,
}: {
  form: CaseForm;
  errors: Errors;
  onChange: (next: CaseForm) => void;
}) {
  const r = form.request;
  const set = (patch: Partial<CaseForm["request"]>) =>
    onChange({ ...form, request: { ...r, ...patch } });
  return (
    <Section title="Request">
      <DateTimeField
        label="Now (evaluation instant)"
        value={form.now}
        onChange={(now) => onChange({ ...form, now })}
        errors={errors.now}
      />
      <SelectField
        label="Claim"
        value={r.claim}
        options={CLAIMS}
        onChange={(claim) => set({ claim })}
        errors={errors["request.claim"]}
      />
      <DateTimeField
        label="Received at"
        value={r.receivedAt}
        onChange={(receivedAt) => set({ receivedAt })}
        errors={errors["request.receivedAt"]}
      />
      <DateTimeField
        label="Completed at, if later"
        value={r.completedAt}
        onChange={(completedAt) => set({ completedAt })}
        errors={errors["request.completedAt"]}
      />
      <TextField
        label="Amount asked"
        hint="major units, blank = none"
        value={r.amount}
        placeholder="e.g. 12.50"
        onChange={(amount) => set({ amount })}
        errors={errors["request.amountRequestedMinor"]}
      />
      <TextField
        label="Request currency"
        value={r.currency}
        onChange={(currency) => set({ currency: currency.toUpperCase() })}
        errors={errors["request.currency"]}
      />
      <CheckField
        label="The client personally asked for a direct refund"
        checked={r.directRequested}
        onChange={(directRequested) => set({ directRequested })}
        className="sm:col-span-2"
      />
      <div
        className="grid grid-cols-1 gap-1 sm:col-span-2 sm:grid-cols-2"
        role="group"
        aria-label="Provided in the request"
      >
        {REQUIRED_ITEMS.map((item) => (
          <CheckField
            key={item}
            label={PROVIDED_LABEL[item]}
            checked={r.provided[item]}
            onChange={(v) => set({ provided: { ...r.provided, [item]: v } })}
            errors={errors[`request.provided.${item}`]}
          />
        ))}
      </div>
    </Section>
  );
}

/** Facts about the customer's account: the bars of VN-DENY-FRAUD and VN-DENY-KYC-REFUSED. */
export function AccountSection({
  form,
  errors,
  onChange,
}: {
  form: CaseForm;
  errors: Errors;
  onChange: (next: CaseForm) => void;
}) {
  const a = form.account;
  const set = (patch: Partial<CaseForm["account"]>) =>
    onChange({ ...form, account: { ...a, ...patch } });
  return (
    <Section title="Account">
      <CheckField
        label="Fraud or unlawful use on record"
        checked={a.fraud}
        onChange={(fraud) => set({ fraud })}
        errors={errors["account.fraud"]}
      />
      <CheckField
        label="Complaint from the provider or authorities"
        checked={a.complaint}
        onChange={(complaint) => set({ complaint })}
        errors={errors["account.complaint"]}
      />
      <SelectField
        label="Identity documents (KYC)"
        value={a.kyc}
        options={KYC_STATES}
        onChange={(kyc) => set({ kyc })}
        errors={errors["account.kyc"]}
      />
      <TextField
        label="Balance"
        hint={`major units, ${form.request.currency}`}
        value={a.balance}
        onChange={(balance) => set({ balance })}
        errors={errors["account.balanceMinor"]}
      />
    </Section>
  );
}
