import type { Role } from "@/db/schema";

export type DemoUser = {
  email: string;
  password: string;
  role: Role;
  name: string;
  active: boolean;
};

/** The sign-ins printed by `npm start` and used by the e2e specs; one per role, the first of each role is the one to use. */
export const DEMO_USERS = [
  {
    email: "reviewer@refund-desk.test",
    password: "reviewer-demo-pass",
    role: "reviewer",
    name: "Rita Reviewer",
    active: true,
  },
  {
    email: "manager@refund-desk.test",
    password: "manager-demo-pass",
    role: "manager",
    name: "Max Manager",
    active: true,
  },
  {
    email: "admin@refund-desk.test",
    password: "admin-demo-pass",
    role: "admin",
    name: "Ada Admin",
    active: true,
  },
] as const satisfies readonly DemoUser[];

/** A second reviewer to assign work to, and a deactivated one whose sign-in must be refused. */
export const EXTRA_DEMO_USERS = [
  {
    email: "reviewer2@refund-desk.test",
    password: "reviewer2-demo-pass",
    role: "reviewer",
    name: "Roman Reviewer",
    active: true,
  },
  {
    email: "former@refund-desk.test",
    password: "former-demo-pass",
    role: "reviewer",
    name: "Fiona Former",
    active: false,
  },
] as const satisfies readonly DemoUser[];

/** Calendar the demo starts with (policy-spec.md "Working days and dates"); managers can edit it. */
export const DEMO_CALENDAR = {
  timeZone: "UTC",
  weekendDays: [6, 0],
  holidays: ["2026-01-01", "2026-05-01", "2026-12-25", "2026-12-26", "2027-01-01", "2027-05-01"],
};
