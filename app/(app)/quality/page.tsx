import Link from "next/link";
import { getDb } from "@/db/client";
import { listSamples, qualityScores } from "@/db/queries/quality";
import { decidingStaff } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/current-user";
import { qualityScore } from "@/lib/quality/sample-size";
import { dateTime } from "@/app/components/format";
import { DrawSampleForm } from "./draw-sample-form";

export const metadata = { title: "Quality" };

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Last week, Monday to Sunday (UTC), the sampling form's default period. */
function lastWeek(now: Date) {
  const monday = Date.UTC(
    now.getUTCFullYear(),
    now.getUTCMonth(),
    now.getUTCDate() - ((now.getUTCDay() + 6) % 7),
  );
  return { from: day(monday - 7 * 86_400_000), to: day(monday - 86_400_000) };
}
const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)} %`);

export default async function QualityPage() {
  await requireUser("quality.sample");
  const db = getDb();
  const now = new Date();
  const [samples, staff, scores] = await Promise.all([
    listSamples(db),
    decidingStaff(db),
    qualityScores(db, { from: day(now.getTime() - 84 * 86_400_000) }),
  ]);
  const weeks = [...new Set(scores.map((s) => s.week))].sort();
  const reviewers = [...new Set(scores.map((s) => s.reviewerName))];
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">Quality sampling</h1>
      <DrawSampleForm staff={staff.filter((s) => s.active)} lastWeek={lastWeek(now)} />
      <section className="card overflow-x-auto p-0">
        <table className="table" aria-label="Samples">
          <thead>
            <tr>
              <th>Drawn</th>
              <th>By</th>
              <th>Of</th>
              <th className="text-right">Sampled</th>
              <th className="text-right">Reviewed</th>
              <th className="text-right">Agreed</th>
            </tr>
          </thead>
          <tbody>
            {samples.length === 0 && (
              <tr>
                <td colSpan={6} className="text-slate-500">
                  No sample drawn yet.
                </td>
              </tr>
            )}
            {samples.map((s) => (
              <tr key={s.id}>
                <td className="whitespace-nowrap">
                  <Link className="text-indigo-700 hover:underline" href={`/quality/${s.id}`}>
                    {dateTime(s.createdAt)}
                  </Link>
                </td>
                <td>{s.requestedByName ?? "Bulk decisions"}</td>
                <td className="text-xs">
                  {s.bulkKind
                    ? `${s.criteria.percent} % of ${s.reviewerName ?? "a reviewer"}'s bulk ${s.bulkKind.replace("_", " ")}`
                    : `${s.criteria.percent} % of ${s.reviewerName ?? "every reviewer"}`}
                  {s.criteria.clause ? ` citing ${s.criteria.clause}` : ""},{" "}
                  {s.criteria.from === s.criteria.to
                    ? s.criteria.from
                    : `${s.criteria.from} – ${s.criteria.to}`}
                </td>
                <td className="text-right tabular-nums">
                  {s.size} of {s.population}
                </td>
                <td className="text-right tabular-nums">{s.reviewed}</td>
                <td className="text-right tabular-nums">
                  {pct(qualityScore(s.agreed, s.reviewed))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card overflow-x-auto" aria-label="Quality score">
        <h2 className="mb-2 font-semibold">
          Quality score per reviewer (agreed share of reviewed decisions, by week decided)
        </h2>
        <table className="table" aria-label="Quality score per reviewer">
          <thead>
            <tr>
              <th>Reviewer</th>
              {weeks.map((w) => (
                <th key={w} className="text-right">
                  {w}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {reviewers.map((name) => (
              <tr key={name}>
                <td>{name}</td>
                {weeks.map((w) => {
                  const c = scores.find((s) => s.reviewerName === name && s.week === w);
                  return (
                    <td
                      key={w}
                      className="text-right tabular-nums"
                      title={c ? `${c.agreed} of ${c.reviewed}` : ""}
                    >
                      {c ? pct(qualityScore(c.agreed, c.reviewed)) : "—"}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
