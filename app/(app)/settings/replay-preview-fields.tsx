"use client";

import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import { previewReplayAction } from "@/app/actions/settings/preview-replay-action";
import { FieldError } from "@/app/components/field-error";
import { PRODUCT_LABEL } from "@/app/components/format";
import { CLAIMS, ORDER_KINDS } from "@/lib/policy/vocabulary";

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

type Result = Awaited<ReturnType<typeof previewReplayAction>>;

/**
 * "Preview the effect" inside the calendar form: which requests (received in a period, open or
 * all, a claim, a product) and which change (the edited calendar, or today's engine against each
 * request's); the job computes it and the preview page opens. Nothing is saved here.
 */
export function ReplayPreviewFields({
  previewable,
  nowMs,
}: {
  /** Whether the edited calendar is valid (a calendar preview needs it). */
  previewable: boolean;
  nowMs: number;
}) {
  const router = useRouter();
  const [mode, setMode] = useState<"calendar" | "engine">("calendar");
  const [state, preview, pending] = useActionState(async (_prev: Result | null, fd: FormData) => {
    const r = await previewReplayAction(fd);
    if (r.ok) router.push(`/settings/replay/${r.data.previewId}`);
    return r;
  }, null);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <fieldset className="space-y-3 rounded border border-slate-200 p-3 text-sm">
      <legend className="px-1 font-medium">Preview the effect before saving</legend>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col">
          <label htmlFor="replay-from">Received from</label>
          <input
            id="replay-from"
            type="date"
            name="from"
            defaultValue={day(nowMs - 90 * 86_400_000)}
            className="input"
          />
          <FieldError errors={fe?.from} />
        </div>
        <div className="flex flex-col">
          <label htmlFor="replay-to">Received until</label>
          <input id="replay-to" type="date" name="to" defaultValue={day(nowMs)} className="input" />
          <FieldError errors={fe?.to} />
        </div>
        <label className="flex flex-col">
          Which
          <select name="status" className="input" defaultValue="open">
            <option value="open">Open (to review, awaiting customer)</option>
            <option value="all">All, decided too</option>
          </select>
        </label>
        <label className="flex flex-col">
          Claim
          <select name="claim" className="input" defaultValue="">
            <option value="">any claim</option>
            {CLAIMS.map((c) => (
              <option key={c} value={c}>
                {c.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          Product
          <select name="productKind" className="input" defaultValue="">
            <option value="">any product</option>
            {ORDER_KINDS.map((k) => (
              <option key={k} value={k}>
                {PRODUCT_LABEL[k] ?? k}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="flex flex-wrap gap-4">
        <legend className="sr-only">Compare</legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="mode"
            value="calendar"
            checked={mode === "calendar"}
            onChange={() => setMode("calendar")}
          />
          This edited calendar against the saved one
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="mode"
            value="engine"
            checked={mode === "engine"}
            onChange={() => setMode("engine")}
          />
          Today&apos;s engine against the one each request was evaluated with
        </label>
      </fieldset>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          formAction={preview}
          className="btn"
          disabled={pending || (mode === "calendar" && !previewable)}
        >
          {pending ? "Starting the preview…" : "Preview the effect"}
        </button>
        {state && !state.ok && (
          <p role="alert" className="text-red-700">
            {state.message}
          </p>
        )}
      </div>
    </fieldset>
  );
}
