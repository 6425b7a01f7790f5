// Embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): in a name or subject
// they can make "invoice‮fdp.exe" read as "invoiceexe.pdf".
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Text from outside (email subjects, attachment names) with each bidi control shown as a visible code. */
export function neutraliseBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase()}]`);
}
