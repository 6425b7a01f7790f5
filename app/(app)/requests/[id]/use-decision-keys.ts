"use client";

import type { RefObject } from "react";
import { isTyping } from "@/app/components/typing";
import { useWindowKeydown } from "@/app/components/use-window-keydown";
import type { DecisionKind } from "@/lib/decisions/vocabulary";

/**
 * The decision form's keys, outside any text field: `a` takes the recommendation
 * as it stands (outcome, amount, destination, clauses), `d` deny, `i` request
 * information. Each moves the focus to "Record decision", so Enter records it:
 * approving as recommended is two keystrokes.
 */
export function useDecisionKeys(
  submitRef: RefObject<HTMLButtonElement | null>,
  on: { asRecommended: () => void; pick: (kind: DecisionKind) => void },
): void {
  useWindowKeydown("decision", (e) => {
    if (e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
    if (e.key === "a") on.asRecommended();
    else if (e.key === "d") on.pick("deny");
    else if (e.key === "i") on.pick("request_info");
    else return;
    submitRef.current?.focus();
  });
}
