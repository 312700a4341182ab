import { describe, expect, it } from "vitest";
import { demoMode } from "./demo-mode";

describe("demoMode", () => {
  it("is on for the embedded default and for DEMO=1, off for an external database", () => {
    expect(demoMode({})).toBe(true);
    expect(demoMode({ DATABASE_URL: "postgresql://db.example/portal" })).toBe(false);
    expect(demoMode({ DATABASE_URL: "postgresql://db.example/portal", DEMO: "0" })).toBe(false);
    expect(demoMode({ DATABASE_URL: "postgresql://db.example/portal", DEMO: "1" })).toBe(true);
    expect(demoMode({ DATABASE_URL: "postgresql://db.example/portal", DEMO: "true" })).toBe(true);
  });
});
