import { FieldError } from "@/app/components/field-error";

/**
 * The note (required only when the policy makes no recommendation to follow),
 * the justification of an override or of the manager's discretion, and
 * taking the request over from its assignee.
 */
export function NoteFields(p: {
  needsNote: boolean;
  deviations: string[];
  discretion: boolean;
  assignedToOther: string | null;
  errors?: Record<string, string[] | undefined>;
}) {
  return (
    <>
      <div>
        <label className="label" htmlFor="d-note">
          Note for the record{" "}
          {p.needsNote ? "(required: the policy makes no recommendation)" : "(optional)"}
        </label>
        <textarea id="d-note" name="note" className="input h-12" required={p.needsNote} />
        <FieldError errors={p.errors?.note} />
      </div>
      {(p.deviations.length > 0 || p.discretion) && (
        <div className="rounded border border-orange-300 bg-orange-50 p-2">
          <p className="mb-1 text-xs font-semibold text-orange-900">
            {p.deviations.length > 0
              ? `Override: ${p.deviations.join("; ")}`
              : "Manager's discretion"}
          </p>
          <label className="label" htmlFor="d-just">
            Justification (required)
          </label>
          <textarea id="d-just" name="justification" className="input h-16" />
          <FieldError errors={p.errors?.justification} />
        </div>
      )}
      {p.assignedToOther && (
        <label className="flex items-center gap-2 text-xs text-orange-900">
          <input type="checkbox" name="takeOver" /> Take over from {p.assignedToOther} (recorded in
          the audit log)
        </label>
      )}
    </>
  );
}
