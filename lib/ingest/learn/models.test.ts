import { afterEach, describe, expect, it } from "vitest";
import { sharedModels, type Models } from "./models";

const SHARED = Symbol.for("refund-desk.extraction-models");
const holder = globalThis as { [SHARED]?: Models };

describe("sharedModels", () => {
  afterEach(() => {
    delete holder[SHARED];
  });

  it("uses the models another copy of this module already trained in the process", () => {
    const trained = { claim: { classify: () => [] } } as unknown as Models;
    holder[SHARED] = trained;
    expect(sharedModels()).toBe(trained);
  });

  it("trains once and keeps them where a second copy finds them", () => {
    const first = sharedModels();
    expect(holder[SHARED]).toBe(first);
    expect(sharedModels()).toBe(first);
  }, 60_000);
});
