// PostgreSQL going away and coming back, as the portal sees it (a proxy cuts and refuses its connections): calls
// fail at once with SERVICE_UNAVAILABLE — never INTERNAL, never a hang — a write made meanwhile changes nothing,
// and the same pool answers again once the database is back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toTrpcError } from "~/server/api/errors";
import { routeErrorOf } from "~/server/api/http";
import { callerAs, createHousehold, principalOf, rejection, startDbProxy, testDb, type DbProxy, type Persona } from "~/tests/kit";

let proxy: DbProxy;
let home: Persona;

beforeAll(async () => {
  proxy = await startDbProxy();
  home = await createHousehold();
});
afterAll(() => proxy?.close());

const profile = (name: string) => ({ name, phone: null, locale: "en" as const });

describe("a database outage", () => {
  it("answers SERVICE_UNAVAILABLE while PostgreSQL is away, writes nothing, and recovers on the same pool", async () => {
    const caller = await callerAs(home, { db: proxy.db });
    expect((await caller.me.get()).user.id).toBe(home.userId);

    await proxy.down();
    const read = await rejection(caller.me.get());
    expect(read.code).toBe("SERVICE_UNAVAILABLE");
    expect(read.message).not.toMatch(/prisma|postgres|127\.0\.0\.1/i);
    expect((await rejection(caller.profile.update(profile("During the outage")))).code).toBe("SERVICE_UNAVAILABLE");
    // A request arriving now fails while its context is built (the session's user is read first): 503 there too.
    const contextError = await principalOf(home, { db: proxy.db }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(toTrpcError(contextError, "req-outage").code).toBe("SERVICE_UNAVAILABLE");
    expect(routeErrorOf(contextError)).toEqual({ status: 503, code: "SERVICE_UNAVAILABLE" });

    await proxy.up();
    // The pool drops the connections that died and opens new ones: the first call after the return answers.
    expect((await caller.me.get()).user.id).toBe(home.userId);
    const user = await testDb().user.findUniqueOrThrow({ where: { id: home.userId }, select: { name: true } });
    expect(user.name).not.toBe("During the outage");
    await caller.profile.update(profile("After the outage"));
    expect((await testDb().user.findUniqueOrThrow({ where: { id: home.userId }, select: { name: true } })).name).toBe("After the outage");
  });

  it("cuts a transaction in flight: it is rolled back whole, and the call is SERVICE_UNAVAILABLE", async () => {
    const marker = `outage-${home.userId}`;
    const inFlight = proxy.db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: home.userId }, data: { name: marker } });
      await proxy.down(); // the connection dies between the transaction's statements
      await tx.user.findFirst({ where: { id: home.userId } });
    });
    const error = await inFlight.then(
      () => null,
      (e: unknown) => e,
    );
    expect(toTrpcError(error, "req-tx").code).toBe("SERVICE_UNAVAILABLE");
    await proxy.up();
    expect((await testDb().user.findUniqueOrThrow({ where: { id: home.userId }, select: { name: true } })).name).not.toBe(marker);
  });
});
