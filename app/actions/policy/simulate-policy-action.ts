"use server";

import { z } from "zod";
import { getDb } from "@/db/client";
import { getCalendar } from "@/db/queries/settings";
import { evaluate, parsePolicyCase, type ParsedPolicyCase, type PolicyResult } from "@/lib/policy";
import { action } from "@/lib/server/action";
import { AppError } from "@/lib/server/app-error";

const simulatePolicySchema = z.union([
  /** The advanced editor sends the text as typed, so a syntax error can be reported here. */
  z.object({ json: z.string().max(200_000, "The case is too long (200 000 characters at most)") }),
  z.object({ case: z.unknown() }),
]);

function readJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    // The parser's message is about the user's own text (position, token), so it is safe and useful to show.
    const detail = err instanceof SyntaxError ? err.message : "unreadable";
    throw new AppError("INVALID_INPUT", {
      userMessage: "The case is not valid JSON.",
      fieldErrors: { json: [`Not valid JSON: ${detail}`] },
    });
  }
}

/**
 * Evaluates a hypothetical case. Pure apart from reading the saved calendar,
 * which is used when the case brings none (as real evaluations do); nothing
 * is stored, so nothing is audited.
 */
export const simulatePolicyAction = action(
  { name: "simulatePolicy", schema: simulatePolicySchema, permission: "policy.simulate" },
  async (
    input,
  ): Promise<{ case: ParsedPolicyCase; result: PolicyResult; savedCalendarUsed: boolean }> => {
    const raw = "json" in input ? readJson(input.json) : input.case;
    const parsed = parsePolicyCase(raw);
    if (!parsed.ok) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.issues) (fieldErrors[issue.path] ??= []).push(issue.message);
      throw new AppError("INVALID_INPUT", {
        userMessage: "The case has invalid or missing facts.",
        fieldErrors,
      });
    }
    const savedCalendarUsed = parsed.data.calendar === undefined;
    const calendar = parsed.data.calendar ?? (await getCalendar(getDb()));
    return { case: parsed.data, result: evaluate(parsed.data, calendar), savedCalendarUsed };
  },
);
