/**
 * Whether a key pressed on this element is text being typed (an input, a text
 * area, a select, an editable region), so single-letter shortcuts leave it alone.
 */
export function isTyping(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  return Boolean(
    el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName)),
  );
}
