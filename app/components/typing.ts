/**
 * Whether a key pressed on this element is text being typed (an input, a text
 * area, a select, an editable region), so single-letter shortcuts leave it alone.
 */
export function isTyping(t: EventTarget | null): boolean {
  return (
    t instanceof HTMLElement &&
    (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))
  );
}
