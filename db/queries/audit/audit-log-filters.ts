import { z } from "zod";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === undefined ? undefined : v), schema.optional());

/** The audit log view as URL parameters. Malformed values are dropped, never fatal. */
export const auditLogFiltersSchema = z.object({
  actor: optional(z.union([z.uuid(), z.literal("system")])).catch(undefined),
  action: optional(z.string().regex(/^[a-z_]+\.[a-z_]+$/)).catch(undefined),
  /** A request's reference (RR-2026-000123): its own entries and those of its payouts and postings. */
  request: optional(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^RR-\d{4}-\d{6,}$/),
  ).catch(undefined),
  from: optional(z.iso.date()).catch(undefined),
  to: optional(z.iso.date()).catch(undefined),
  /** Keyset cursor: entries older than this id. */
  before: optional(z.coerce.number().int().positive()).catch(undefined),
});
export type AuditLogFilters = z.infer<typeof auditLogFiltersSchema>;

export function parseAuditLogFilters(
  params: Record<string, string | string[] | undefined>,
): AuditLogFilters {
  const flat = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  return auditLogFiltersSchema.parse(flat);
}

/** The filters as URL parameters, without the cursor. */
export function auditLogFiltersToParams(f: AuditLogFilters): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of ["actor", "action", "request", "from", "to"] as const) {
    const v = f[k];
    if (v !== undefined) p.set(k, v);
  }
  return p;
}
