import { expect, type Page } from "@playwright/test";

/**
 * Waits until the page's key listener for `scope` is attached (app/components/use-window-keydown.ts
 * marks the document element): a key pressed before hydration would do nothing.
 */
export async function keysReady(page: Page, scope: "global" | "queue" | "decision") {
  await expect(page.locator("html")).toHaveAttribute(`data-keys-${scope}`, "");
}
