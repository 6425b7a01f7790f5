import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { isTyping } from "@/app/components/typing";
import { useWindowKeydown } from "@/app/components/use-window-keydown";

/**
 * j/k/x/Enter belong to the table unless the reviewer is typing or on a control of its own (a button's
 * Enter, the bulk bar); a row's checkbox keeps them, so ticking with the mouse does not strand the keyboard.
 */
function tableKeysApply(t: HTMLElement): boolean {
  if (t.closest("[role=toolbar]")) return false;
  if (t instanceof HTMLInputElement && t.type === "checkbox") return true;
  return !isTyping(t) && !["BUTTON", "A"].includes(t.tagName);
}

/**
 * The table's selection: the highlighted row (j/k to move, Enter to open, kept in view) and the
 * rows ticked for the bulk bar (x, when canTick).
 */
export function useQueueSelection(rows: { id: string }[], canTick: boolean) {
  const router = useRouter();
  const [selected, setSelected] = useState(0);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setTicked((t) => {
      const next = new Set(t);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const body = useRef<HTMLTableSectionElement>(null);
  useWindowKeydown("queue", (e) => {
    if (e.metaKey || e.ctrlKey || e.altKey) return;
    if (!(e.target instanceof HTMLElement && tableKeysApply(e.target))) return;
    if (e.key === "j") setSelected((s) => Math.min(rows.length - 1, s + 1));
    if (e.key === "k") setSelected((s) => Math.max(0, s - 1));
    if (e.key === "Enter" && rows[selected]) router.push(`/requests/${rows[selected].id}`);
    if (e.key === "x" && canTick && rows[selected]) toggle(rows[selected].id);
  });
  useEffect(() => {
    body.current?.children[selected]?.scrollIntoView({ block: "nearest" });
  }, [selected]);
  return { selected, setSelected, ticked, setTicked, toggle, body };
}
