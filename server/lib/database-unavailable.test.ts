import { describe, expect, it } from "vitest";
import { invalid } from "./errors";
import { isDatabaseUnavailable } from "./database-unavailable";

/** The shapes Prisma 7 with adapter-pg gives (captured from a client pointed at a closed port). */
const prisma = (code: string, cause?: object) =>
  Object.assign(new Error("Invalid `db.user.findFirst()` invocation"), {
    name: "PrismaClientKnownRequestError",
    code,
    meta: cause ? { driverAdapterError: { name: "DriverAdapterError", cause } } : {},
  });

describe("isDatabaseUnavailable", () => {
  it("recognises an unreachable, closed, timed-out or shutting-down database in each of its wrappings", () => {
    expect(isDatabaseUnavailable(prisma("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 1 }))).toBe(true);
    expect(isDatabaseUnavailable(prisma("P2010", { kind: "DatabaseNotReachable" }))).toBe(true); // a raw query
    expect(isDatabaseUnavailable(prisma("P2010", { kind: "ConnectionClosed" }))).toBe(true);
    expect(isDatabaseUnavailable(prisma("P2010", { kind: "postgres", code: "57P01", message: "terminating connection" }))).toBe(true);
    expect(isDatabaseUnavailable(prisma("P2024"))).toBe(true); // the pool gave no connection in time
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("the database system is starting up"), { code: "57P03" }))).toBe(true);
    const wrapped = new Error("wrapped by the transport", { cause: prisma("P1001", { kind: "DatabaseNotReachable" }) });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it("leaves everything else alone: constraint violations, bugs, a user's mistake", () => {
    expect(isDatabaseUnavailable(prisma("P2002", { kind: "UniqueConstraintViolation" }))).toBe(false);
    expect(isDatabaseUnavailable(prisma("P2010", { kind: "postgres", code: "42P01", message: "relation does not exist" }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(invalid("amountMinor", "too much"))).toBe(false);
    expect(isDatabaseUnavailable("Connection terminated")).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
