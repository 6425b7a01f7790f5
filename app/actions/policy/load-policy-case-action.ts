"use server";

import { z } from "zod";
import { getDb } from "@/db/client";
import { getPolicyCaseForRequest } from "@/db/queries/policy-case-for-request";
import { action } from "@/lib/server/action";
import { AppError } from "@/lib/server/app-error";

const loadPolicyCaseSchema = z.object({
  ref: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^RR-\d{4}-\d{6,}$/, "Use a request reference like RR-2026-000042"),
});

/** The case the engine would see for a request now, to replay or vary it in the simulator. */
export const loadPolicyCaseAction = action(
  { name: "loadPolicyCase", schema: loadPolicyCaseSchema, permission: "policy.simulate" },
  async (input) => {
    const policyCase = await getPolicyCaseForRequest(getDb(), input.ref);
    if (!policyCase)
      throw new AppError("NOT_FOUND", {
        userMessage: `No request ${input.ref}.`,
        fieldErrors: { ref: [`No request ${input.ref}`] },
      });
    return { ref: input.ref, case: policyCase };
  },
);
