import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("takes the socket address (the last entry) when no proxy is trusted", () => {
    expect(clientAddress("5.5.5.6, 127.0.0.2", 0)).toBe("127.0.0.2");
    expect(clientAddress("127.0.0.2", 0)).toBe("127.0.0.2");
  });

  it("steps over as many entries as there are trusted proxies, never past the first", () => {
    expect(clientAddress("9.9.9.9, 203.0.113.7, 10.0.0.5", 1)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7, 10.0.0.5", 5)).toBe("203.0.113.7");
  });

  it("says unknown without an address", () => {
    expect(clientAddress(null, 0)).toBe("unknown");
    expect(clientAddress(" , ", 0)).toBe("unknown");
  });
});
