// The built-in systems' line test: no network behind it, so the figures are derived from the line.
import type { LineTestResult, LineUnderTest, ServiceKind } from "./repair-gateway";

// Deterministic "measurements" per line: the same line always reports the same healthy figures.
export function measure(line: LineUnderTest, healthy: boolean) {
  const seed = [...line.serviceId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const pick = (lo: number, hi: number) => lo + (seed % (hi - lo + 1));
  const byKind: Record<ServiceKind, LineTestResult["measurements"]> = {
    mobile: [{ name: "signal", value: healthy ? -pick(65, 95) : -120, unit: "dBm" }],
    fixed_voice: [
      { name: "loop_resistance", value: healthy ? pick(300, 900) : 0, unit: "ohm" },
      { name: "dial_tone", value: healthy ? 1 : 0, unit: "bool" },
    ],
    broadband: [
      { name: "sync_down", value: healthy ? pick(200, 1000) : 0, unit: "Mbit/s" },
      { name: "sync_up", value: healthy ? pick(50, 300) : 0, unit: "Mbit/s" },
      { name: "latency", value: healthy ? pick(3, 15) : 0, unit: "ms" },
    ],
    tv: [{ name: "signal_quality", value: healthy ? pick(80, 100) : 0, unit: "%" }],
  };
  return byKind[line.kind];
}
