import { describe, expect, it } from "vitest";
import { appPrivilegesOf, RESTRICTED_TABLES } from "./app-privileges";

describe("the app role's table privileges", () => {
  it("the audit log and the money records are append-only for the app", () => {
    for (const t of [
      "audit_log",
      "ledger_transactions",
      "ledger_entries",
      "payout_events",
      "decisions",
    ])
      expect(appPrivilegesOf(t)).toEqual(["SELECT", "INSERT"]);
  });

  it("no table lets the app delete audit or money evidence, and any other table is read-write", () => {
    for (const privileges of Object.values(RESTRICTED_TABLES))
      expect(privileges).not.toContain("DELETE");
    expect(appPrivilegesOf("refund_requests")).toEqual(["SELECT", "INSERT", "UPDATE", "DELETE"]);
  });
});
