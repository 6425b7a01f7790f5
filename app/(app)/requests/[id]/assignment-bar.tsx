"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { assignRequestAction } from "@/app/actions/requests/assign-request-action";
import { AssignToSelect } from "@/app/components/assign-to-select";

type Props = {
  requestId: string;
  assignee: { id: string; name: string } | null;
  meId: string;
  canAssignOthers: boolean;
  /** requests.assign: claiming, taking over and releasing are for those who review. */
  canClaim: boolean;
  staff: { id: string; name: string }[];
};

/** Who works on this request: claim, release, take over, or (managers) assign. */
export function AssignmentBar({
  requestId,
  assignee,
  meId,
  canAssignOthers,
  canClaim,
  staff,
}: Props) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (mode: "claim" | "release" | "assign" | "take_over", assigneeId?: string | null) =>
    start(async () => {
      const res = await assignRequestAction({ requestId, mode, assigneeId });
      setError(res.ok ? null : res.message);
      router.refresh();
    });
  const mine = assignee?.id === meId;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" aria-label="Assignment">
      <span data-testid="assignee">
        Assignee: <b>{assignee ? (mine ? "you" : assignee.name) : "nobody"}</b>
      </span>
      {canClaim && !assignee && (
        <button type="button" className="btn" disabled={pending} onClick={() => run("claim")}>
          Claim
        </button>
      )}
      {canClaim && assignee && !mine && (
        <button type="button" className="btn" disabled={pending} onClick={() => run("take_over")}>
          Take over
        </button>
      )}
      {canClaim && (mine || (assignee && canAssignOthers)) && (
        <button type="button" className="btn" disabled={pending} onClick={() => run("release")}>
          Release
        </button>
      )}
      {canAssignOthers && (
        <AssignToSelect
          label="Assign to"
          staff={staff}
          disabled={pending}
          onPick={(id) => run("assign", id)}
        />
      )}
      {error && (
        <span role="alert" className="text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
