import { describe, expect, it } from "vitest";
import { clientAddress, UNKNOWN_ADDRESS } from "./client-address";

const xff = (value: string) => new Headers({ "x-forwarded-for": value });

describe("clientAddress", () => {
  it("believes only what trusted proxies appended: a forged left-most entry is not the client", () => {
    // The client sent "203.0.113.9" itself; our proxy 10.0.0.2 appended the address it really saw.
    expect(clientAddress(xff("203.0.113.9, 198.51.100.7"), ["10.0.0.2"])).toBe("198.51.100.7");
    expect(clientAddress(xff("203.0.113.9, 198.51.100.7, 10.0.0.3"), ["10.0.0.2", "10.0.0.3"])).toBe("198.51.100.7");
  });

  it("ignores the header when no proxy is trusted", () => {
    expect(clientAddress(xff("203.0.113.9"), [])).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(new Headers(), ["10.0.0.2"])).toBe(UNKNOWN_ADDRESS);
  });
});
