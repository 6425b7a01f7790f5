"use client";

/** A manager's "Assign to…" picker: choosing a name acts at once; the select itself always shows the prompt. */
export function AssignToSelect({
  label,
  staff,
  disabled,
  onPick,
}: {
  label: string;
  staff: { id: string; name: string }[];
  disabled: boolean;
  onPick: (userId: string) => void;
}) {
  return (
    <select
      aria-label={label}
      className="input w-48"
      value=""
      disabled={disabled}
      onChange={(e) => e.target.value && onPick(e.target.value)}
    >
      <option value="">Assign to…</option>
      {staff.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </select>
  );
}
