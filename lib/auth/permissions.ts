import type { Role } from "@/db/schema/enums";

/**
 * Who may do what. Pages, server actions and route handlers all ask this
 * table through `can()`; nothing compares role strings elsewhere.
 */
export const PERMISSIONS = {
  "queue.read": ["reviewer", "manager", "admin"],
  "requests.read": ["reviewer", "manager", "admin"],
  "requests.assign": ["reviewer", "manager"],
  "requests.assign_others": ["manager"],
  "requests.edit": ["reviewer", "manager"],
  "decisions.write": ["reviewer", "manager"],
  "decisions.reopen": ["manager"],
  "decisions.audit": ["manager", "admin"],
  "quality.sample": ["manager"],
  "quality.review": ["manager"],
  "payouts.read": ["manager", "admin"],
  "payouts.retry": ["reviewer", "manager"],
  "payouts.manage": ["manager"],
  "payouts.approve": ["manager"],
  "emails.upload": ["reviewer", "admin"],
  /** The email as sent (.eml, unmasked HTML, forwarded messages): full payment details, audited per access. */
  "emails.raw": ["manager"],
  "quarantine.manage": ["admin"],
  "policy.simulate": ["reviewer", "manager", "admin"],
  "audit.read": ["manager", "admin"],
  "audit.verify": ["manager", "admin"],
  "reports.read": ["manager", "admin"],
  "settings.read": ["manager", "admin"],
  "settings.write": ["manager"],
  "users.manage": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return allowed.includes(role);
}

// Object.keys is typed string[]; these are exactly the table's own keys.
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];
