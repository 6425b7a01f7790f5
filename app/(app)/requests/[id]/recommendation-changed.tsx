import { dateTime, money } from "@/app/components/format";

type Rec = {
  recOutcome: string | null;
  recAmountMinor: number | null;
  recDestination: string | null;
};
export type ReplayEntry = {
  at: Date;
  data: {
    before?: Rec;
    after?: Rec;
    engine?: { from: string; to: string };
    calendarChanged?: boolean;
  };
};

const words = (r: Rec | undefined, currency: string | null) =>
  r
    ? `${r.recOutcome?.replace("_", " ") ?? "none"}${r.recAmountMinor !== null ? ` ${money(r.recAmountMinor, currency)}` : ""}`
    : "—";

/** The policy replay changed this request's recommendation (a new engine or calendar): when, from what, why. */
export function RecommendationChanged({
  entry,
  currency,
  timeZone,
}: {
  entry: ReplayEntry;
  currency: string | null;
  timeZone: string;
}) {
  const { before, after, engine, calendarChanged } = entry.data;
  const why = [
    engine && engine.from !== engine.to ? `engine ${engine.from} → ${engine.to}` : null,
    calendarChanged ? "calendar changed" : null,
  ].filter(Boolean);
  return (
    <p role="note" className="rounded bg-sky-50 px-2 py-1 text-sky-900" data-testid="rec-changed">
      Recommendation changed on {dateTime(entry.at, timeZone)}: {words(before, currency)} →{" "}
      {words(after, currency)}
      {why.length ? ` (${why.join(", ")})` : ""}.
    </p>
  );
}
