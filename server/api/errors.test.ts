import { TRPCError } from "@trpc/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Deps } from "~/server/container";
import { DomainError, domainErrorCodes, notFound } from "~/server/lib/errors";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { toHttp, toTrpc, toTrpcError } from "./errors";
import { routeErrorOf } from "./http";
import { createCallerFactory, createRouter, publicProcedure } from "./trpc";

const expected = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  INVALID_STATE: "PRECONDITION_FAILED",
  UPSTREAM_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  VALIDATION: "BAD_REQUEST",
} as const;

/** Captures what the logger writes, so an unknown error is both logged and kept out of the reply. */
function captureStderr() {
  const lines: string[] = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}
afterEach(() => vi.restoreAllMocks());

describe("the error table", () => {
  it("covers every domain error code", () => {
    expect(Object.keys(toTrpc).sort()).toEqual([...domainErrorCodes].sort());
    expect(toTrpc).toEqual(expected);
  });

  it.each(domainErrorCodes)("DomainError %s becomes its tRPC code, keeping message and cause", (code) => {
    const error = new DomainError(code, `because ${code}`, { field: "x" });
    const mapped = toTrpcError(error, "req-1");
    expect(mapped.code).toBe(expected[code]);
    expect(mapped.message).toBe(`because ${code}`);
    expect(mapped.cause).toBe(error);
  });

  it.each(domainErrorCodes)("route handlers answer DomainError %s with the status the tRPC endpoint gives it", (code) => {
    const status = getHTTPStatusCodeFromError(new TRPCError({ code: expected[code] }));
    expect(toHttp[code]).toBe(status);
    expect(routeErrorOf(new DomainError(code, "x"))).toEqual({ status, code: expected[code] });
    expect(routeErrorOf(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: new DomainError(code, "x") }))).toEqual({
      status,
      code: expected[code],
    });
  });

  it("route handlers rethrow what is nobody's mistake, and pass tRPC's own refusals through", () => {
    expect(routeErrorOf(new Error("db down"))).toBeNull();
    expect(routeErrorOf(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: new RangeError("bug") }))).toBeNull();
    expect(routeErrorOf(new TRPCError({ code: "UNAUTHORIZED" }))).toEqual({ status: 401, code: "UNAUTHORIZED" });
  });

  it("a DomainError wrapped in tRPC's INTERNAL wrapper (thrown from a resolver) is unwrapped", () => {
    const wrapped = new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: notFound("bill") });
    expect(toTrpcError(wrapped, "req-1").code).toBe("NOT_FOUND");
  });

  it("a TRPCError with a deliberate code passes through unchanged", () => {
    const error = new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" });
    expect(toTrpcError(error, "req-1")).toBe(error);
  });

  it("an unknown error becomes INTERNAL with the request id, is logged, and its text never leaks", () => {
    const logged = captureStderr();
    const mapped = toTrpcError(new Error("password=hunter2 at db.internal:5432"), "req-42");
    expect(mapped.code).toBe("INTERNAL_SERVER_ERROR");
    expect(mapped.message).toBe("Internal error (request req-42)");
    expect(mapped.message).not.toContain("hunter2");
    expect(mapped.cause).toBeUndefined();
    expect(logged.join("")).toContain("req-42");
    expect(logged.join("")).toContain("hunter2"); // the log keeps the detail for whoever investigates
  });

  it("a thrown non-Error value is INTERNAL too", () => {
    captureStderr();
    expect(toTrpcError("just a string", "req-7").message).toBe("Internal error (request req-7)");
    expect(toTrpcError(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: new RangeError("secret") }), "req-8").message).toBe(
      "Internal error (request req-8)",
    );
  });
});

describe("procedures map errors through the table", () => {
  const router = createRouter({
    missing: publicProcedure.query(() => {
      throw notFound("ticket");
    }),
    crash: publicProcedure.query(() => {
      throw new TypeError("cannot read properties of undefined (reading 'secret')");
    }),
  });
  const caller = createCallerFactory(router)({ deps: {} as Deps, actor: null, requestId: "req-99", ip: "local" });

  it("a use case's DomainError reaches the client as its tRPC code", async () => {
    await expect(caller.missing()).rejects.toMatchObject({ code: "NOT_FOUND", message: "ticket not found" });
  });

  it("a crash reaches the client as INTERNAL with only the request id", async () => {
    captureStderr();
    await expect(caller.crash()).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR", message: "Internal error (request req-99)" });
  });
});
