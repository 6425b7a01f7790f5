"use server";

import { z } from "zod";
import { getDb } from "@/db/client";
import { claimNextRequest } from "@/lib/requests/claim-next-request";
import { action } from "@/lib/server/action";

/** "Next request": claims the most urgent unassigned request for the caller, else returns the caller's own most urgent one. */
export const claimNextRequestAction = action(
  { name: "claimNextRequest", schema: z.object({}).passthrough(), permission: "requests.assign" },
  async (_input, { user }) => claimNextRequest(getDb(), user.id),
);
