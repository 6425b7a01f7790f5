"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { reviewSampledDecisionAction } from "@/app/actions/quality/review-sampled-decision-action";

/** Agree or disagree with a sampled decision; a disagreement can reopen it straight away. */
export function VerdictForm({ reviewId, canReopen }: { reviewId: string; canReopen: boolean }) {
  const router = useRouter();
  const [verdict, setVerdict] = useState<"agree" | "disagree">("agree");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className="space-y-1"
      aria-label="Verdict"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        start(async () => {
          const r = await reviewSampledDecisionAction(fd);
          setError(r.ok ? null : (r.fieldErrors?.comment?.join(". ") ?? r.message));
          if (r.ok) router.refresh();
        });
      }}
    >
      <input type="hidden" name="reviewId" value={reviewId} />
      <div className="flex gap-3 text-sm">
        {(["agree", "disagree"] as const).map((v) => (
          <label key={v} className="flex items-center gap-1">
            <input
              type="radio"
              name="verdict"
              value={v}
              checked={verdict === v}
              onChange={() => setVerdict(v)}
            />
            {v === "agree" ? "Agree" : "Disagree"}
          </label>
        ))}
      </div>
      <textarea
        name="comment"
        className="input h-14 w-full"
        placeholder="Comment (required to disagree)"
        aria-label="Comment"
      />
      {verdict === "disagree" && canReopen && (
        <label className="flex items-center gap-1 text-xs">
          <input type="checkbox" name="reopen" /> Reopen the decision (the comment is the reason)
        </label>
      )}
      <button type="submit" className="btn btn-primary" disabled={pending}>
        Record verdict
      </button>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
