// callerAs: the real appRouter, a real context, and an actor built by the real loadPrincipal.
import { randomUUID } from "node:crypto";
import { newSessionId } from "~/server/auth/session-policy";
import { createCaller } from "~/server/api/root";
import type { Context } from "~/server/api/trpc";
import { depsFor, type CardPayments } from "~/server/container";
import type { RateLimits } from "~/server/auth/rate-limit";
import type { Principal } from "~/server/auth/principal";
import { fixedClock, type Clock } from "~/server/lib/clock";
import { loadPrincipal } from "~/server/modules/identity/identity.service";
import type { Db } from "~/server/db/client";
import { testDb } from "./db";
import { KIT_NOW, type Persona } from "./world";

export const kitClock = (at: string | Date = KIT_NOW) => fixedClock(at);

/** Generous: suites that call a procedure hundreds of times (fuzz, cross-tenant) on a fixed clock never trip a limit. */
export const KIT_LIMITS: RateLimits = { expensivePerMinute: 1_000_000, expensivePerMinutePerAddress: 1_000_000 };

export type CallerOptions = {
  /** The customer the user asks to act for (the active-customer cookie). */
  customerId?: string | null;
  /** The session's version; default the user's current one. A stale value is a revoked session. */
  sessionVersion?: number;
  /** The session's id (its cookie's sid claim); default a fresh one, never signed out. */
  sessionId?: string;
  clock?: Clock;
  ip?: string;
  /** Another database than the suite's shared one (a scratch database of kit/scratch-db.ts). */
  db?: Db;
  /** Card payments (kit/cards.ts); default none, as without STRIPE_* settings. */
  cards?: CardPayments;
  /** Rate limits on expensive work; default the env's. */
  limits?: RateLimits;
};

/** A persona goes through loadPrincipal (as a request would); a Principal is used as is; null is anonymous. */
export type Who = Persona | Principal | null;

export async function principalOf(persona: Pick<Persona, "userId">, opts: CallerOptions = {}): Promise<Principal | null> {
  const db = opts.db ?? testDb();
  const sessionVersion =
    opts.sessionVersion ??
    (await db.user.findUniqueOrThrow({ where: { id: persona.userId }, select: { sessionVersion: true } })).sessionVersion;
  const session = { userId: persona.userId, sessionVersion, sessionId: opts.sessionId ?? newSessionId() };
  return loadPrincipal(depsFor(db, opts.clock ?? kitClock()), session, opts.customerId);
}

export async function contextFor(who: Who, opts: CallerOptions = {}): Promise<Context> {
  const clock = opts.clock ?? kitClock();
  const actor = who === null ? null : "kind" in who ? who : await principalOf(who, { ...opts, clock });
  return {
    deps: depsFor(opts.db ?? testDb(), clock, opts.cards, opts.limits ?? KIT_LIMITS),
    actor,
    requestId: randomUUID(),
    ip: opts.ip ?? "198.51.100.7",
  };
}

export async function callerAs(who: Who, opts: CallerOptions = {}) {
  return createCaller(await contextFor(who, opts));
}
export type Caller = Awaited<ReturnType<typeof callerAs>>;

/** Calls a procedure by its dotted path ("services.get"), as the router walks in the matrix and fuzz suites do. */
export function callPath(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (i: unknown) => Promise<unknown>)(input);
}
