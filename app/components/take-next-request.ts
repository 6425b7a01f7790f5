"use client";

import { claimNextRequestAction } from "@/app/actions/requests/claim-next-request-action";

type Router = { push: (href: string) => void };

/**
 * "Next request", shared by the button and the `n` key: opens the request the
 * server claimed (or the caller's own, when nothing is unassigned) and returns
 * what to tell the reviewer, or null when it navigated without comment.
 */
export async function takeNextRequest(router: Router): Promise<string | null> {
  const res = await claimNextRequestAction({});
  if (!res.ok) return res.message;
  if (!res.data)
    return "Nothing to review: no request is unassigned, and none in review is assigned to you.";
  router.push(`/requests/${res.data.id}`);
  return res.data.resumed
    ? `No unassigned requests left: opened ${res.data.ref}, already assigned to you.`
    : null;
}
