// Context and procedure builders. Each builder narrows `ctx.actor` so procedures never need `!`.
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { canSeeBills, isEnterpriseAdmin, type Principal } from "~/server/auth/principal";
import type { Permission } from "~/server/auth/permissions";
import { countExpensiveCall } from "~/server/auth/rate-limit";
import type { Deps } from "~/server/container";
import { DomainError } from "~/server/lib/errors";
import { toTrpcError } from "./errors";

export type Context = { deps: Deps; actor: Principal | null; requestId: string; ip: string };

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    const domain = error.cause instanceof DomainError ? error.cause : null;
    const fields = zod ? [...new Set(zod.issues.flatMap(fieldsOf))] : domain?.details.field ? [domain.details.field] : [];
    return {
      ...shape,
      message: zod ? `Invalid input: ${fields.join(", ")}` : shape.message,
      data: { ...shape.data, stack: undefined, fields, domainCode: domain?.code ?? null },
    };
  },
});

/** Dotted paths an input issue is about; an unknown key is named itself. */
function fieldsOf(issue: ZodError["issues"][number]): string[] {
  const base = issue.path.map(String).join(".");
  if (issue.code === "unrecognized_keys") return issue.keys.map((k) => (base ? `${base}.${k}` : k));
  return [base || "(input)"];
}

export const createRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

const mapErrors = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok) throw toTrpcError(result.error, ctx.requestId);
  return result;
});

export const publicProcedure = t.procedure.use(mapErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" });
  return next({ ctx: { actor: ctx.actor } });
});

export const customerProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.actor.kind !== "customer") throw new TRPCError({ code: "FORBIDDEN" });
  return next({ ctx: { actor: ctx.actor } });
});

export const enterpriseAdminProcedure = customerProcedure.use(({ ctx, next }) => {
  if (!isEnterpriseAdmin(ctx.actor)) throw new TRPCError({ code: "FORBIDDEN" });
  return next({ ctx: { actor: ctx.actor } });
});

/** Customers who may see bills and payments (not sub-users without the billing role). */
export const billingProcedure = customerProcedure.use(({ ctx, next }) => {
  if (!canSeeBills(ctx.actor)) throw new TRPCError({ code: "FORBIDDEN" });
  return next({ ctx: { actor: ctx.actor } });
});

/** Work that costs the servers (usage summaries): limited per person and per address a minute (RATE_LIMITED past it). */
export const expensiveCall = t.middleware(async ({ ctx, next }) => {
  await countExpensiveCall(ctx.deps, { userId: ctx.actor?.userId ?? null, ip: ctx.ip });
  return next();
});

/** Staff holding any of the given permissions. */
export const staffProcedure = (...anyOf: [Permission, ...Permission[]]) =>
  protectedProcedure.use(({ ctx, next }) => {
    const actor = ctx.actor;
    if (actor.kind !== "staff" || !anyOf.some((p) => actor.permissions.includes(p))) throw new TRPCError({ code: "FORBIDDEN" });
    return next({ ctx: { actor } });
  });
