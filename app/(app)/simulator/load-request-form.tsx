"use client";

import { useId, useState } from "react";
import { FieldError } from "@/app/components/field-error";

/** Fills the form with the facts of a real request, as the engine would see them now. */
export function LoadRequestForm({
  onLoad,
  pending,
  errors,
  loadedRef,
}: {
  onLoad: (ref: string) => void;
  pending: boolean;
  errors?: string[];
  loadedRef: string | null;
}) {
  const id = useId();
  const [ref, setRef] = useState("");
  return (
    <form
      className="card flex flex-wrap items-end gap-3"
      aria-label="Load from a request"
      onSubmit={(e) => {
        e.preventDefault();
        onLoad(ref);
      }}
    >
      <div className="min-w-56 flex-1">
        <label className="label" htmlFor={id}>
          Load from a request
        </label>
        <input
          id={id}
          className="input font-mono"
          placeholder="RR-2026-000042"
          value={ref}
          onChange={(e) => setRef(e.target.value)}
          required
        />
        <FieldError errors={errors} />
      </div>
      <button type="submit" className="btn" disabled={pending}>
        Load facts
      </button>
      {loadedRef && (
        <p role="status" className="w-full text-xs text-slate-600">
          Loaded the current facts of {loadedRef}; now is the moment they were loaded.
        </p>
      )}
    </form>
  );
}
