import { describe, expect, it } from "vitest";
import { ACTIVE_CUSTOMER_COOKIE, readCookie } from "./cookies";

describe("readCookie", () => {
  it("reads a percent-encoded value among others", () => {
    expect(readCookie("a=1; active_customer=x%20y; b=2", ACTIVE_CUSTOMER_COOKIE)).toBe("x y");
    expect(readCookie("a=1", ACTIVE_CUSTOMER_COOKIE)).toBeNull();
    expect(readCookie(null, ACTIVE_CUSTOMER_COOKIE)).toBeNull();
  });

  it("a malformed value is no cookie, not a thrown URIError", () => {
    expect(readCookie("active_customer=%E0%A4%A", ACTIVE_CUSTOMER_COOKIE)).toBeNull();
    expect(readCookie("active_customer=%", ACTIVE_CUSTOMER_COOKIE)).toBeNull();
  });
});
