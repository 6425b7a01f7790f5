import type { Locator, Page } from "@playwright/test";

/**
 * Keeps a picture for the README when SCREENSHOTS_DIR is set (e.g. docs/screenshots): the whole
 * page, or one element of it. Without it the tests take none.
 */
export async function shot(page: Page, name: string, target?: Locator): Promise<void> {
  const dir = process.env.SCREENSHOTS_DIR;
  if (!dir) return;
  const path = `${dir}/${name}.png`;
  await (target ? target.screenshot({ path }) : page.screenshot({ path, fullPage: true }));
}
