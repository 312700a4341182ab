import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isCrossSiteWrite } from "./security-headers";

describe("contentSecurityPolicy", () => {
  it("lets only this request's nonce run scripts, and nobody frame the portal", () => {
    const csp = contentSecurityPolicy("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("abc123", { dev: true })).toContain("'unsafe-eval'");
  });
});

describe("isCrossSiteWrite", () => {
  it("refuses a write from another origin, allows our own, reads and callers without an Origin", () => {
    expect(isCrossSiteWrite("POST", "https://evil.example", "portal.example")).toBe(true);
    expect(isCrossSiteWrite("POST", "null", "portal.example")).toBe(true);
    expect(isCrossSiteWrite("POST", "http://portal.example:3000", "portal.example:3000")).toBe(false);
    expect(isCrossSiteWrite("GET", "https://evil.example", "portal.example")).toBe(false);
    expect(isCrossSiteWrite("POST", null, "portal.example")).toBe(false);
  });
});
