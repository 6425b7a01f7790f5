import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/db/schema/enums";
import { ALL_PERMISSIONS, can, PERMISSIONS, type Permission } from "./permissions";

// The matrix the product promises, written out independently of the table.
const expected: Record<Role, Permission[]> = {
  reviewer: [
    "queue.read",
    "requests.read",
    "requests.assign",
    "requests.edit",
    "decisions.write",
    "payouts.retry",
    "emails.upload",
    "policy.simulate",
  ],
  manager: [
    "queue.read",
    "requests.read",
    "requests.assign",
    "requests.assign_others",
    "requests.edit",
    "decisions.write",
    "decisions.reopen",
    "decisions.audit",
    "quality.sample",
    "quality.review",
    "payouts.read",
    "payouts.retry",
    "payouts.manage",
    "payouts.approve",
    "emails.raw",
    "policy.simulate",
    "audit.read",
    "audit.verify",
    "reports.read",
    "settings.read",
    "settings.write",
  ],
  admin: [
    "queue.read",
    "requests.read",
    "emails.upload",
    "quarantine.manage",
    "decisions.audit",
    "payouts.read",
    "policy.simulate",
    "audit.read",
    "audit.verify",
    "reports.read",
    "settings.read",
    "users.manage",
  ],
};

describe("permission matrix", () => {
  for (const role of ROLES) {
    for (const permission of ALL_PERMISSIONS) {
      const allowed = expected[role].includes(permission);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }

  it("only managers reopen decisions and approve or manage payouts (four-eyes)", () => {
    expect(PERMISSIONS["decisions.reopen"]).toEqual(["manager"]);
    expect(PERMISSIONS["payouts.approve"]).toEqual(["manager"]);
    expect(PERMISSIONS["payouts.manage"]).toEqual(["manager"]);
  });

  it("reviewers audit nothing: the decisions view, sampling and quality verdicts are managers' (admins read)", () => {
    expect(PERMISSIONS["decisions.audit"]).toEqual(["manager", "admin"]);
    expect(PERMISSIONS["quality.sample"]).toEqual(["manager"]);
    expect(PERMISSIONS["quality.review"]).toEqual(["manager"]);
  });

  it("only managers open an email as sent (full payment details)", () => {
    expect(PERMISSIONS["emails.raw"]).toEqual(["manager"]);
  });

  it("only reviewers and managers decide refunds; only admins manage users", () => {
    expect(PERMISSIONS["decisions.write"]).toEqual(["reviewer", "manager"]);
    expect(PERMISSIONS["users.manage"]).toEqual(["admin"]);
  });
});
