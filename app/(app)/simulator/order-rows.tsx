"use client";

import { OUTAGE_CAUSES } from "@/lib/policy/vocabulary";
import { nextRowKey, type OutageRow, type SmsRow } from "./case-form-model";
import { CheckField, DateTimeField, SelectField } from "./fields";

type Errors = Record<string, string[]>;

function replace<T>(rows: T[], index: number, row: T): T[] {
  return rows.map((r, i) => (i === index ? row : r));
}

/** Outage reports: VN-BAL-OUTAGE-24H counts from the customer's report to resolution (or now). */
export function OutageRows({
  rows,
  errors,
  onChange,
}: {
  rows: OutageRow[];
  errors: Errors;
  onChange: (rows: OutageRow[]) => void;
}) {
  return (
    <div className="space-y-2 sm:col-span-2">
      <div className="flex items-center">
        <h3 className="text-sm font-semibold">Outage reports ({rows.length})</h3>
        <button
          type="button"
          className="btn ml-auto"
          onClick={() =>
            onChange([
              ...rows,
              {
                key: nextRowKey(),
                reportedAt: "",
                resolvedAt: "",
                unresolved: false,
                cause: "local_provider",
              },
            ])
          }
        >
          Add outage
        </button>
      </div>
      {rows.map((row, i) => {
        const e = (field: string) => errors[`order.outages[${i}].${field}`];
        return (
          <fieldset
            key={row.key}
            className="grid grid-cols-1 gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-2"
            aria-label={`Outage ${i + 1}`}
          >
            <DateTimeField
              label="Reported at"
              value={row.reportedAt}
              onChange={(reportedAt) => onChange(replace(rows, i, { ...row, reportedAt }))}
              errors={e("reportedAt")}
            />
            <div>
              <DateTimeField
                label="Resolved at"
                value={row.unresolved ? "" : row.resolvedAt}
                disabled={row.unresolved}
                onChange={(resolvedAt) => onChange(replace(rows, i, { ...row, resolvedAt }))}
                errors={e("resolvedAt")}
              />
              <CheckField
                label="Unresolved"
                checked={row.unresolved}
                onChange={(unresolved) => onChange(replace(rows, i, { ...row, unresolved }))}
                className="mt-1"
              />
            </div>
            <SelectField
              label="Cause"
              value={row.cause}
              options={OUTAGE_CAUSES}
              onChange={(cause) => onChange(replace(rows, i, { ...row, cause }))}
              errors={e("cause")}
            />
            <button
              type="button"
              className="btn self-end justify-self-start sm:justify-self-end"
              aria-label={`Remove outage ${i + 1}`}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </fieldset>
        );
      })}
    </div>
  );
}

/** Incoming SMS of a disposable number: DISP-AUTO-NO-SMS needs the table empty, DISP-DENY-SMS-SHOWN a shown text. */
export function SmsRows({
  rows,
  errors,
  onChange,
}: {
  rows: SmsRow[];
  errors: Errors;
  onChange: (rows: SmsRow[]) => void;
}) {
  return (
    <div className="space-y-2 sm:col-span-2">
      <div className="flex items-center">
        <h3 className="text-sm font-semibold">Incoming SMS ({rows.length})</h3>
        <button
          type="button"
          className="btn ml-auto"
          onClick={() =>
            onChange([...rows, { key: nextRowKey(), receivedAt: "", shownInTable: true }])
          }
        >
          Add SMS
        </button>
      </div>
      {rows.map((row, i) => (
        <fieldset
          key={row.key}
          className="grid grid-cols-1 items-end gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-[1fr_auto_auto]"
          aria-label={`SMS ${i + 1}`}
        >
          <DateTimeField
            label="Received at"
            value={row.receivedAt}
            onChange={(receivedAt) => onChange(replace(rows, i, { ...row, receivedAt }))}
            errors={errors[`order.sms[${i}].receivedAt`]}
          />
          <CheckField
            label="Text shown in the table"
            checked={row.shownInTable}
            onChange={(shownInTable) => onChange(replace(rows, i, { ...row, shownInTable }))}
            className="pb-2"
          />
          <button
            type="button"
            className="btn"
            aria-label={`Remove SMS ${i + 1}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            Remove
          </button>
        </fieldset>
      ))}
    </div>
  );
}
