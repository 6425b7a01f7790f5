import type { RequestDetail } from "@/db/queries/request-detail";
import { dateTime, money, PRODUCT_LABEL } from "@/app/components/format";
import { RelinkForm } from "./relink-form";

function Row({ k, v }: { k: string; v: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-3 py-0.5">
      <dt className="text-slate-500">{k}</dt>
      <dd className="text-right">{v}</dd>
    </div>
  );
}

/** Account, balance, KYC and flags; the matched order with its status history, outages and SMS log; the payment method. */
export function CustomerPanel({ detail, canEdit }: { detail: RequestDetail; canEdit: boolean }) {
  const { customer: c, order: o, paymentMethod: pm } = detail;
  return (
    <section className="card space-y-3 text-sm" aria-label="Customer">
      <h2 className="font-semibold">Customer</h2>
      {c ? (
        <dl>
          <Row k="Name" v={c.name} />
          <Row k="Account" v={<span className="font-mono">{c.accountRef}</span>} />
          <Row k="Email" v={c.email} />
          <Row k="Balance" v={money(c.balanceMinor, c.currency)} />
          <Row k="KYC" v={c.kyc.replace("_", " ")} />
          <Row
            k="Flags"
            v={
              c.fraud || c.complaint ? (
                <span className="font-semibold text-red-700">
                  {[c.fraud && "fraud", c.complaint && "complaint"].filter(Boolean).join(", ")}
                </span>
              ) : (
                "none"
              )
            }
          />
        </dl>
      ) : (
        <p className="rounded bg-amber-50 px-2 py-1 text-amber-800">
          Customer not matched: sender {detail.request.fromAddress} has no account.
        </p>
      )}
      <h3 className="pt-1 font-semibold">Order</h3>
      {o ? (
        <dl>
          <Row k="Order" v={<span className="font-mono">{o.ref}</span>} />
          <Row
            k="Product"
            v={`${PRODUCT_LABEL[o.kind]}${o.label === "for_registration" ? " · For registration" : ""}`}
          />
          <Row
            k="Number"
            v={
              o.phoneNumber
                ? `${o.phoneNumber} (${o.country ?? "?"}${o.city ? `, ${o.city}` : ""})`
                : "—"
            }
          />
          <Row k="Paid" v={money(o.paidMinor, o.currency)} />
          <Row k="Period" v={`${dateTime(o.periodStart)} → ${dateTime(o.periodEnd)}`} />
          <Row
            k="Status"
            v={`${o.status.replace(/_/g, " ")}${o.statusAt ? ` since ${dateTime(o.statusAt)}` : ""}${o.notProvidedCause ? ` (${o.notProvidedCause.replace("_", " ")})` : ""}`}
          />
          <Row k="Restrictions ignored" v={o.restrictionsIgnored ? "yes" : "no"} />
          <Row k="KYC required" v={o.kycRequired ? "yes" : "no"} />
          <Row k="Replacement available" v={o.replacementAvailable ? "yes" : "no"} />
          {o.kind === "disposable_number" && <Row k="Activated" v={dateTime(o.activatedAt)} />}
          {o.autoRefundedAt && <Row k="Auto-refunded" v={dateTime(o.autoRefundedAt)} />}
          <Row
            k="Payment method"
            v={
              pm ? `${pm.label} · ${pm.supportsRefund ? "can refund" : "cannot refund"}` : "unknown"
            }
          />
        </dl>
      ) : (
        <p className="text-slate-500">No order linked.</p>
      )}
      {o && (
        <>
          <h3 className="pt-1 font-semibold">Status history</h3>
          <ol className="space-y-0.5 text-xs" aria-label="Order status history">
            {detail.statusHistory.map((e) => (
              <li key={e.id}>
                {dateTime(e.at)} ·{" "}
                <span className={e.status === "active" ? "" : "font-semibold"}>
                  {e.status.replace(/_/g, " ")}
                </span>
                {e.notProvidedCause ? ` (${e.notProvidedCause.replace("_", " ")})` : ""}
              </li>
            ))}
          </ol>
          <h3 className="pt-1 font-semibold">Outages ({detail.outages.length})</h3>
          <ul className="space-y-0.5 text-xs">
            {detail.outages.length === 0 && <li className="text-slate-500">None reported.</li>}
            {detail.outages.map((x) => (
              <li key={x.id}>
                reported {dateTime(x.reportedAt)} →{" "}
                {x.resolvedAt ? dateTime(x.resolvedAt) : <b>unresolved</b>} · cause{" "}
                {x.cause.replace("_", " ")}
              </li>
            ))}
          </ul>
          <h3 className="pt-1 font-semibold">SMS log ({detail.sms.length})</h3>
          <ul className="max-h-40 space-y-0.5 overflow-y-auto text-xs">
            {detail.sms.length === 0 && (
              <li className="text-slate-500">The incoming SMS table is empty.</li>
            )}
            {detail.sms.map((s) => (
              <li key={s.id}>
                {dateTime(s.receivedAt)} · {s.sender}: {s.body}{" "}
                {s.shownInTable ? "" : <i>(not shown in table)</i>}
              </li>
            ))}
          </ul>
        </>
      )}
      {canEdit && (
        <RelinkForm
          requestId={detail.request.id}
          version={detail.request.version}
          orders={detail.customerOrders.map((x) => ({
            ref: x.ref,
            label: `${x.ref} · ${PRODUCT_LABEL[x.kind]} · ${x.phoneNumber ?? x.serviceName}`,
          }))}
          accountRef={c?.accountRef ?? ""}
          currentOrderRef={o?.ref ?? ""}
        />
      )}
    </section>
  );
}
