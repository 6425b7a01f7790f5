import { AppError } from "@/lib/server/app-error";

export type AssignMode = "claim" | "release" | "assign" | "take_over";

/** One assignment action, applied alike to one request or many. */
export type AssignRule = {
  actorId: string;
  mode: AssignMode;
  /** For "assign": who gets it (null = unassigned). */
  assigneeId?: string | null;
  /** May hand requests to other people (managers). */
  mayAssignOthers: boolean;
};

type Req = { id: string; ref: string; assigneeId: string | null };

/** Who a request goes to under one assignment action, or the refusal (the same rules for one request or many). */
export function nextAssignee(
  req: Req,
  opts: AssignRule,
  activeStaff: (id: string) => boolean,
): string | null {
  switch (opts.mode) {
    case "claim":
      if (req.assigneeId && req.assigneeId !== opts.actorId) {
        throw new AppError("CONFLICT", {
          userMessage: `Someone else has already claimed ${req.ref}. Use take over if you need it.`,
        });
      }
      return opts.actorId;
    case "take_over":
      return opts.actorId;
    case "release":
      if (req.assigneeId === null) return null; // nothing to release: a no-op, not a refusal
      if (req.assigneeId !== opts.actorId && !opts.mayAssignOthers) {
        throw new AppError("FORBIDDEN", {
          userMessage: `Only the assignee or a manager can release ${req.ref}.`,
        });
      }
      return null;
    case "assign": {
      if (!opts.mayAssignOthers) {
        if (opts.assigneeId !== opts.actorId)
          throw new AppError("FORBIDDEN", {
            userMessage: "Only managers can assign requests to other people.",
          });
        // Assigning to oneself is a claim: it never takes a request from a colleague (that is "take over", recorded as such).
        return nextAssignee(req, { ...opts, mode: "claim" }, activeStaff);
      }
      const next = opts.assigneeId ?? null;
      if (next && !activeStaff(next))
        throw new AppError("INVALID_INPUT", {
          userMessage: "Requests can be assigned to active reviewers and managers only.",
        });
      return next;
    }
  }
}
