// Rate limits on expensive work over the real router and PostgreSQL: usage summaries a minute per person and per
// address (PDF and CSV downloads and the tRPC batch cap: route-handlers.test.ts).
import { describe, expect, it } from "vitest";
import { DomainError } from "~/server/lib/errors";
import { callerAs, clientShape, createHousehold, kitClock, rejection } from "~/tests/kit";

const limits = { expensivePerMinute: 3, expensivePerMinutePerAddress: 5 };
const at = "2026-11-23T10:00:15Z"; // 45 s before its minute is over

async function retryAfterOf(call: Promise<unknown>) {
  const error = await rejection(call);
  expect(clientShape(error, "usage.summary").data.domainCode).toBe("RATE_LIMITED");
  expect(error.code).toBe("TOO_MANY_REQUESTS");
  return (error.cause as DomainError).details.retryAfterSeconds;
}

describe("usage summaries are rate-limited", () => {
  it("past the person's limit a minute: RATE_LIMITED with the seconds to wait; not for another person; next minute works", async () => {
    const anna = await createHousehold();
    const petr = await createHousehold();
    const clock = kitClock(at);
    const asAnna = await callerAs(anna, { clock, limits, ip: "192.0.2.1" });
    for (let i = 0; i < limits.expensivePerMinute; i++) await asAnna.usage.summary({});
    expect(await retryAfterOf(asAnna.usage.summary({}))).toBe(45);

    await (await callerAs(petr, { clock, limits, ip: "192.0.2.2" })).usage.summary({});

    clock.advance(45_000);
    await asAnna.usage.summary({});
  });

  it("past the address's limit a minute, whoever asks from it", async () => {
    const people = await Promise.all([createHousehold(), createHousehold(), createHousehold()]);
    const clock = kitClock(at);
    const ip = "192.0.2.3";
    const callers = await Promise.all(people.map((p) => callerAs(p, { clock, limits, ip })));
    for (const c of [callers[0]!, callers[0]!, callers[1]!, callers[1]!, callers[2]!]) await c.usage.summary({});
    expect(await retryAfterOf(callers[2]!.usage.summary({}))).toBe(45);
    await (await callerAs(people[2]!, { clock, limits, ip: "192.0.2.4" })).usage.summary({});
  });

  it("parallel calls cannot slip past the count", async () => {
    const jana = await createHousehold();
    const asJana = await callerAs(jana, { clock: kitClock(at), limits, ip: "192.0.2.5" });
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => asJana.usage.summary({})));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(limits.expensivePerMinute);
  });
});
