"use server";

import { z } from "zod";
import { getDb } from "@/db/client";
import { REPLAY_PREVIEW_MODES } from "@/db/schema/replay-previews";
import { CLAIMS } from "@/lib/policy/vocabulary";
import { requestReplayPreview } from "@/lib/replay/request-replay-preview";
import { action } from "@/lib/server/action";
import { calendarFormFields, holidaysOf } from "@/lib/settings/calendar-form-schema";

const blank = (v: unknown) => (v === "" ? undefined : v);

const previewReplaySchema = z
  .object({
    ...calendarFormFields,
    mode: z.enum(REPLAY_PREVIEW_MODES, "Choose what to compare"),
    from: z.iso.date("Choose the first day"),
    to: z.iso.date("Choose the last day"),
    status: z.enum(["open", "all"], "Choose which requests"),
    claim: z.preprocess(blank, z.enum(CLAIMS, "Unknown claim").optional()),
    productKind: z.preprocess(blank, z.string().max(40).optional()),
  })
  .transform((input, ctx) => ({
    ...input,
    holidays: input.mode === "calendar" ? holidaysOf(input.holidays, ctx) : [],
  }));

/** Manager: what saving the edited calendar (or today's engine) would change, computed by a job. */
export const previewReplayAction = action(
  { name: "previewReplay", schema: previewReplaySchema, permission: "settings.write" },
  async (input, { user }) =>
    requestReplayPreview(getDb(), {
      managerId: user.id,
      mode: input.mode,
      scope: {
        from: input.from,
        to: input.to,
        status: input.status,
        claim: input.claim ?? null,
        productKind: input.productKind ?? null,
      },
      calendar: {
        timeZone: input.timeZone,
        weekendDays: input.weekendDays,
        holidays: input.holidays,
      },
    }),
);
