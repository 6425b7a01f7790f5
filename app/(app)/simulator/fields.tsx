"use client";

import { useId } from "react";
import { FieldError } from "@/app/components/field-error";

/** Small controlled inputs for the simulator; each shows the engine's errors for its contract path. */

type Base = { label: string; errors?: string[]; className?: string };

export function DateTimeField({
  label,
  value,
  onChange,
  errors,
  className,
  disabled,
}: Base & { value: string; onChange: (v: string) => void; disabled?: boolean }) {
  const id = useId();
  return (
    <div className={className}>
      <label className="label" htmlFor={id}>
        {label} <span className="normal-case tracking-normal text-slate-600">(UTC)</span>
      </label>
      <input
        id={id}
        className="input font-mono"
        placeholder="YYYY-MM-DD HH:mm"
        autoComplete="off"
        spellCheck={false}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors?.length ? true : undefined}
      />
      <FieldError errors={errors} />
    </div>
  );
}

export function TextField({
  label,
  value,
  onChange,
  errors,
  className,
  hint,
  placeholder,
}: Base & { value: string; onChange: (v: string) => void; hint?: string; placeholder?: string }) {
  const id = useId();
  return (
    <div className={className}>
      <label className="label" htmlFor={id}>
        {label}
        {hint && <span className="normal-case tracking-normal text-slate-600"> ({hint})</span>}
      </label>
      <input
        id={id}
        className="input"
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors?.length ? true : undefined}
      />
      <FieldError errors={errors} />
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  errors,
  className,
}: Base & {
  value: T;
  options: readonly (T | { value: T; label: string })[];
  onChange: (v: T) => void;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="input"
        value={value}
        onChange={(e) => {
          const picked = options
            .map((o) => (typeof o === "string" ? o : o.value))
            .find((v) => v === e.target.value);
          if (picked !== undefined) onChange(picked);
        }}
      >
        {options.map((o) => {
          const option = typeof o === "string" ? { value: o, label: o.replaceAll("_", " ") } : o;
          return (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          );
        })}
      </select>
      <FieldError errors={errors} />
    </div>
  );
}

export function CheckField({
  label,
  checked,
  onChange,
  errors,
  className,
}: Base & { checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div className={className}>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="h-4 w-4 rounded border-slate-300"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </label>
      <FieldError errors={errors} />
    </div>
  );
}

/** A titled group of fields. */
export function Section({
  title,
  children,
  actions,
}: {
  title: string;
  children: React.ReactNode;
  actions?: React.ReactNode;
}) {
  return (
    <fieldset className="card space-y-3">
      <legend className="float-left mb-1 flex w-full items-center text-sm font-semibold">
        {title}
        {actions && <span className="ml-auto">{actions}</span>}
      </legend>
      <div className="clear-both grid grid-cols-1 gap-3 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}
