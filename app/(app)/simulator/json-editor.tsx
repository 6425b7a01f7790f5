"use client";

import { useId } from "react";
import { FieldError } from "@/app/components/field-error";

/** The case as the engine reads it; editable for facts the form cannot express (milliseconds, offsets). */
export function JsonEditor({
  text,
  onChange,
  onEvaluate,
  pending,
  errors,
}: {
  text: string;
  onChange: (text: string) => void;
  onEvaluate: () => void;
  pending: boolean;
  errors?: string[];
}) {
  const id = useId();
  return (
    <details className="card">
      <summary className="cursor-pointer text-sm font-semibold">Advanced: edit as JSON</summary>
      <div className="mt-3 space-y-2">
        <p className="text-xs text-slate-500">
          The case in the engine&apos;s contract. It follows the form; edit it and evaluate it
          directly. After an evaluation the form shows the evaluated case.
        </p>
        <label className="label" htmlFor={id}>
          Case JSON
        </label>
        <textarea
          id={id}
          className="input font-mono text-xs"
          rows={18}
          spellCheck={false}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={errors?.length ? true : undefined}
        />
        <FieldError errors={errors} />
        <button type="button" className="btn btn-primary" onClick={onEvaluate} disabled={pending}>
          Evaluate JSON
        </button>
      </div>
    </details>
  );
}
