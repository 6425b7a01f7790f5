import { neutraliseBidi } from "@/lib/neutralise-bidi";

/**
 * `attachment` with a file name a browser saves as is: the last path segment only (no "../", no
 * directories), bidi controls made visible, control characters and leading dots dropped. The
 * plain `filename` is its ASCII-safe form, `filename*` the same name in UTF-8.
 */
export function attachmentDisposition(original: string, fallback = "attachment"): string {
  const base = neutraliseBidi(original.split(/[/\\]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(/^[.\s]+/, "")
    .trim()
    .slice(0, 120);
  const name = base || fallback;
  const ascii = name.replace(/[^\w.\- ]+/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
