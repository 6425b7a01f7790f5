import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getRequestDetail } from "@/db/queries/request-detail";
import { getRequestMoney } from "@/db/queries/request-money";
import { getRequestTimeline } from "@/db/queries/request-timeline";
import { namesForEntries } from "@/db/queries/audit/list-audit-log";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { suggestAlternativeMethod } from "@/lib/decisions/suggest-alternative-method";
import { minorToDecimal } from "@/lib/policy/money";
import { STATUS_LABEL } from "@/app/components/format";
import { AssignmentBar } from "./assignment-bar";
import { CustomerPanel } from "./customer-panel";
import { DecisionForm } from "./decision-form";
import { DecisionHistory } from "./decision-history";
import { DecisionInForce } from "./decision-in-force";
import { EmailThread } from "./email-thread";
import { AttentionBanner } from "./attention-banner";
import { LivePresence } from "./live-presence";
import { MoneyPanel } from "./money-panel";
import { claimNotRecognised } from "@/lib/ingest/claim-threshold";
import { ExtractedFields } from "./extracted-fields";
import { PolicyPanel } from "./policy-panel";
import { RequestTimeline } from "./request-timeline";
import type { ReplayEntry } from "./recommendation-changed";
import { SlaBadge } from "./sla-badge";
import { isUuid } from "@/lib/ids";

export const metadata = { title: "Request" };

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("requests.read");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const detail = await getRequestDetail(getDb(), id);
  if (!detail) notFound();
  const r = detail.request;
  const [moneyView, timeline] = await Promise.all([
    getRequestMoney(getDb(), { requestId: r.id, customerId: r.customerId }),
    getRequestTimeline(getDb(), r.id),
  ]);
  const timelineNames = await namesForEntries(
    getDb(),
    timeline.filter((t) => t.kind === "audit").map((t) => ({ data: t.data })),
  );
  const latest = detail.decisions[0];
  const result = detail.evaluation?.result ?? null;
  // A recorded decision is read-only until a manager reopens it (or a rejected approval sends it back).
  const openToDecide =
    !latest ||
    latest.kind === "request_info" ||
    r.attention === "reopened" ||
    r.attention === "approval_rejected";
  const canDecide =
    can(user.role, "decisions.write") &&
    openToDecide &&
    !moneyView.payouts.some((p) => p.state === "sent");
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Link href="/queue" className="text-sm text-indigo-700 hover:underline">
          ← Queue
        </Link>
        <h1 className="font-mono text-xl font-semibold">{r.ref}</h1>
        <span className="rounded bg-slate-100 px-2 py-0.5 text-sm" data-testid="request-status">
          {STATUS_LABEL[r.status]}
        </span>
        <SlaBadge
          status={r.status}
          reviewBy={r.reviewBy}
          payouts={moneyView.payouts}
          timeZone={detail.evaluation?.calendar.timeZone ?? "UTC"}
        />
        <span className="ml-auto">
          <AssignmentBar
            requestId={r.id}
            assignee={detail.assignee}
            meId={user.id}
            canAssignOthers={can(user.role, "requests.assign_others")}
            canClaim={can(user.role, "requests.assign")}
            staff={detail.staff}
          />
        </span>
      </div>
      <LivePresence requestId={r.id} meId={user.id} />
      <AttentionBanner attention={r.attention} note={r.attentionNote} />
      {/* The email is what a reviewer reads most: it keeps the wide column. Two columns on laptops, three on wide screens. */}
      <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-[minmax(0,1fr)_26rem] 2xl:grid-cols-[minmax(0,1fr)_24rem_26rem]">
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          <EmailThread
            detail={detail}
            canEdit={can(user.role, "requests.edit")}
            canOpenOriginals={can(user.role, "emails.raw")}
          />
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-start-3 2xl:row-start-2">
          <DecisionHistory detail={detail} />
          <div className="mt-4">
            <RequestTimeline items={timeline} names={timelineNames} />
          </div>
        </div>
        <div className="space-y-4 lg:col-start-1 lg:row-start-2 2xl:col-start-2 2xl:row-span-2 2xl:row-start-1">
          <ExtractedFields
            requestId={r.id}
            version={r.version}
            canEdit={can(user.role, "requests.edit")}
            fields={{
              serviceName: r.serviceName,
              amount:
                r.amountRequestedMinor === null
                  ? ""
                  : minorToDecimal(r.amountRequestedMinor, r.currency ?? "USD"),
              currency: r.currency,
              claim: r.claim,
              claimConfidence: r.claimConfidence,
              claimNotRecognised: claimNotRecognised(r.claimConfidence),
              reasonText: r.reasonText,
              directRequested: r.directRequested,
              payment:
                r.paymentDetailKind && r.paymentDetailMasked
                  ? { kind: r.paymentDetailKind, masked: r.paymentDetailMasked }
                  : null,
              language: r.language,
              phones: r.phoneNumbers,
              orderRefs: r.orderRefs,
              missing: r.missing,
            }}
          />
          <CustomerPanel detail={detail} canEdit={can(user.role, "requests.edit")} />
        </div>
        <div className="space-y-4 lg:col-start-2 lg:row-span-3 lg:row-start-1 2xl:col-start-3">
          <MoneyPanel
            money={moneyView}
            requestId={r.id}
            canRetry={can(user.role, "payouts.retry")}
            canApprove={can(user.role, "payouts.approve")}
            hasRequestDetails={!!r.paymentDetailSealed}
            now={new Date()}
          />
          <PolicyPanel
            result={result}
            evaluatedAt={detail.evaluation?.evaluatedAt ?? null}
            replayed={
              (detail.audit.find((a) => a.action === "request.recommendation_replayed") as
                ReplayEntry | undefined) ?? null
            }
          />
          {!canDecide && latest && latest.kind !== "request_info" && (
            <DecisionInForce
              detail={detail}
              canReopen={can(user.role, "decisions.reopen") && r.attention !== "reopened"}
              awaitingApproval={moneyView.payouts.some((p) => p.state === "awaiting_approval")}
              atProvider={moneyView.payouts.some((p) => p.state === "sent")}
            />
          )}
          {canDecide && (
            <DecisionForm
              requestId={r.id}
              version={r.version}
              idempotencyKey={randomUUID()}
              reference={r.ref}
              subject={r.subject}
              customerName={detail.customer?.name ?? null}
              currency={detail.order?.currency ?? r.currency}
              missing={r.missing}
              language={r.language}
              suggestedAlternative={suggestAlternativeMethod(
                r.paymentDetailKind && r.paymentDetailMasked
                  ? { kind: r.paymentDetailKind, masked: r.paymentDetailMasked }
                  : null,
                r.language,
                detail.paymentMethod?.label ?? null,
              )}
              rec={{
                outcome: result?.outcome ?? null,
                amountMinor: result?.amountMinor ?? null,
                destination: result?.destination ?? null,
                clauses: result?.clauses ?? [],
                alternativeRefundRequired: result?.alternativeRefundRequired ?? false,
                payoutBy: result?.deadlines.payoutBy ?? null,
              }}
              canUseDiscretion={can(user.role, "decisions.reopen")}
              assignedToOther={
                detail.assignee && detail.assignee.id !== user.id ? detail.assignee.name : null
              }
            />
          )}
        </div>
      </div>
    </div>
  );
}
