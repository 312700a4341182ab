import { describe, expect, it } from "vitest";
import { toMeterView } from "./usage.service";

const row = (segmentStart: string, allowance: number | null, included: number, charged = 0, amountMinor = 0) => ({
  serviceId: "s",
  kind: "data" as const,
  segmentStart,
  allowance,
  included,
  charged,
  amountMinor,
});

describe("meter view", () => {
  it("adds up the zones of a plan period against their shared allowance", () => {
    expect(toMeterView([row("2026-11-01", 1000, 300), row("2026-11-01", 1000, 200)], "CZK")).toMatchObject({
      allowance: 1000,
      used: 500,
      remaining: 500,
      percent: 50,
      unlimited: false,
    });
  });

  it("reads the latest plan period's allowance after a plan change; charges cover every period", () => {
    const m = toMeterView([row("2026-11-01", 500, 500, 100, 250), row("2026-11-15", 2000, 100, 0, 0)], "CZK");
    expect(m).toMatchObject({ allowance: 2000, used: 100, percent: 5, charged: 100, charges: { amountMinor: 250, currency: "CZK" } });
  });

  it("caps the percentage at 100, floors it, and says unlimited without a percentage", () => {
    expect(toMeterView([row("2026-11-01", 3, 2)], "CZK").percent).toBe(66);
    expect(toMeterView([row("2026-11-01", 10, 10, 5)], "CZK")).toMatchObject({ percent: 100, remaining: 0 });
    expect(toMeterView([row("2026-11-01", null, 42)], "CZK")).toMatchObject({ unlimited: true, percent: null, remaining: null, used: 42 });
  });
});
