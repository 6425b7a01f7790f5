import type { Permission } from "@/lib/auth/permissions";

/** The shell's navigation; each item shows only to roles with its permission. */
export const NAV_ITEMS: { href: string; label: string; permission: Permission }[] = [
  { href: "/queue", label: "Queue", permission: "queue.read" },
  { href: "/outbox", label: "Outbox", permission: "queue.read" },
  { href: "/approvals", label: "Approvals", permission: "payouts.approve" },
  { href: "/payouts", label: "Payouts", permission: "payouts.read" },
  { href: "/simulator", label: "Policy simulator", permission: "policy.simulate" },
  { href: "/decisions", label: "Decisions", permission: "decisions.audit" },
  { href: "/quality", label: "Quality", permission: "quality.sample" },
  { href: "/audit", label: "Audit", permission: "audit.read" },
  { href: "/reports", label: "Reports", permission: "reports.read" },
  { href: "/settings", label: "Settings", permission: "settings.read" },
  { href: "/quarantine", label: "Quarantine", permission: "quarantine.manage" },
  { href: "/admin/users", label: "Users", permission: "users.manage" },
];
