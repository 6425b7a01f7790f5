import { expect, type Page } from "@playwright/test";

/**
 * Reloads the page until `check` passes: for what the job runner or the payment provider changes
 * outside the page, which a loaded page does not show by itself. `check` should use a short
 * timeout of its own (e.g. 1 s) so each reload gets its turn.
 */
export async function expectAfterReload(
  page: Page,
  check: () => Promise<void>,
  timeout = 20_000,
): Promise<void> {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout });
}
