"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { drawQualitySampleAction } from "@/app/actions/quality/draw-quality-sample-action";
import { FieldError } from "@/app/components/field-error";
import { CLAUSE_IDS } from "@/lib/policy/clauses";

type Result = Awaited<ReturnType<typeof drawQualitySampleAction>>;

/** "5 % of one reviewer's decisions last week", or of one clause: draws the sample and opens it. */
export function DrawSampleForm({
  staff,
  lastWeek,
}: {
  staff: { id: string; name: string }[];
  lastWeek: { from: string; to: string };
}) {
  const router = useRouter();
  const [result, setResult] = useState<Result | null>(null);
  const [pending, start] = useTransition();
  const fe = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form
      className="card flex flex-wrap items-end gap-3 text-sm"
      aria-label="Draw a sample"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        start(async () => {
          const r = await drawQualitySampleAction(fd);
          setResult(r);
          if (r.ok) router.push(`/quality/${r.data.sampleId}`);
        });
      }}
    >
      <label className="flex flex-col">
        Percent
        <input name="percent" defaultValue="5" className="input w-20" inputMode="numeric" />
        <FieldError errors={fe?.percent} />
      </label>
      <label className="flex flex-col">
        of the decisions of
        <select name="reviewerId" className="input" defaultValue="">
          <option value="">every reviewer</option>
          {staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        citing
        <select name="clause" className="input" defaultValue="">
          <option value="">any clause</option>
          {CLAUSE_IDS.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        decided from
        <input type="date" name="from" defaultValue={lastWeek.from} className="input" />
      </label>
      <label className="flex flex-col">
        to
        <input type="date" name="to" defaultValue={lastWeek.to} className="input" />
        <FieldError errors={fe?.to} />
      </label>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Drawing…" : "Draw sample"}
      </button>
      {result && !result.ok && !fe && (
        <p role="alert" className="w-full text-red-700">
          {result.message}
        </p>
      )}
    </form>
  );
}
