import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { sampleItems } from "@/db/queries/quality";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/ids";
import { dateTime, money } from "@/app/components/format";
import { VerdictForm } from "./verdict-form";

export const metadata = { title: "Quality sample" };

export default async function QualitySamplePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("quality.review");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const items = await sampleItems(getDb(), id);
  if (items.length === 0) notFound();
  return (
    <div className="space-y-4">
      <Link href="/quality" className="text-sm text-indigo-700 hover:underline">
        ← Quality
      </Link>
      <h1 className="text-xl font-semibold">Sampled decisions</h1>
      <ul className="space-y-3">
        {items.map((d) => (
          <li
            key={d.reviewId}
            className="card grid gap-3 text-sm md:grid-cols-[1fr_22rem]"
            aria-label={`Sampled ${d.ref}`}
          >
            <div className="space-y-1">
              <div>
                <Link
                  className="font-mono text-indigo-700 hover:underline"
                  href={`/requests/${d.requestId}`}
                >
                  {d.ref}
                </Link>{" "}
                <b>{d.kind.replace("_", " ")}</b>{" "}
                {d.amountMinor !== null ? money(d.amountMinor, d.currency) : ""} by{" "}
                {d.decidedByName}, {dateTime(d.decidedAt)}
                {d.override && (
                  <span className="ml-1 rounded bg-orange-100 px-1 text-xs text-orange-900">
                    override
                  </span>
                )}
                {!d.inForce && (
                  <span className="ml-1 text-xs text-slate-500">(superseded since)</span>
                )}
              </div>
              <div className="font-mono text-xs">
                {d.clauses.join(", ") || "no clause: manager's discretion"}
              </div>
              <div className="text-xs text-slate-700">{d.note}</div>
              {d.justification && (
                <div className="text-xs text-orange-900">Justification: {d.justification}</div>
              )}
            </div>
            <div>
              {d.verdict ? (
                <p className={d.verdict === "agree" ? "text-green-800" : "text-red-800"}>
                  {d.reviewedByName} {d.verdict === "agree" ? "agreed" : "disagreed"}
                  {d.comment ? `: ${d.comment}` : ""}
                </p>
              ) : d.decidedById === user.id ? (
                <p className="text-xs text-slate-500">
                  You took this decision: a second person reviews it.
                </p>
              ) : (
                <VerdictForm
                  reviewId={d.reviewId}
                  canReopen={d.inForce && can(user.role, "decisions.reopen")}
                />
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
