"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { requestAuditVerificationAction } from "@/app/actions/audit/request-audit-verification-action";

/**
 * "Verify the whole chain now": queues a full verification for the worker.
 * While one is queued or running, the page refreshes itself every few
 * seconds (each refresh re-checks the recent entries: not faster) until the
 * result is there.
 */
export function VerifyNowButton({
  active,
}: {
  active: "queued" | "running" | "done" | "failed" | null;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), 4000);
    return () => clearInterval(timer);
  }, [active, router]);
  return (
    <div className="flex items-center gap-3">
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <button
        type="button"
        className="btn"
        disabled={pending || active !== null}
        onClick={() =>
          start(async () => {
            const res = await requestAuditVerificationAction({});
            setError(res.ok ? null : res.message);
            router.refresh();
          })
        }
      >
        {active === "queued"
          ? "Verification queued…"
          : active
            ? "Verification running…"
            : "Verify the whole chain now"}
      </button>
    </div>
  );
}
