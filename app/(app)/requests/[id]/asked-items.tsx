"use client";

import { FieldError } from "@/app/components/field-error";
import { describeMissing } from "@/lib/requests/draft-missing-info-reply";
import { REQUIRED_ITEMS, type RequiredItem } from "@/lib/policy/vocabulary";

/**
 * Request information: what the reply asks for, ticked from what the request
 * lacks (REQ-INCOMPLETE), each worded as the customer will read it.
 */
export function AskedItems(p: {
  items: RequiredItem[];
  onItems: (items: RequiredItem[]) => void;
  missing: readonly string[];
  language: string | null;
  errors?: string[];
}) {
  return (
    <fieldset className="rounded border border-slate-200 p-2">
      <legend className="px-1 text-xs font-semibold text-slate-700">
        Ask the customer for{p.language === "ru" ? " (in Russian)" : ""}
      </legend>
      {REQUIRED_ITEMS.map((item) => (
        <label key={item} className="flex items-start gap-2 py-0.5">
          <input
            type="checkbox"
            name="askedItems"
            value={item}
            checked={p.items.includes(item)}
            onChange={(e) =>
              p.onItems(
                e.target.checked
                  ? REQUIRED_ITEMS.filter((i) => i === item || p.items.includes(i))
                  : p.items.filter((i) => i !== item),
              )
            }
            className="mt-0.5"
          />
          <span>
            {describeMissing([item], p.language)[0]}
            {p.missing.includes(item) && (
              <span className="ml-1 text-xs text-amber-900">(missing)</span>
            )}
          </span>
        </label>
      ))}
      <FieldError errors={p.errors} />
    </fieldset>
  );
}
