// What a call failed with, without matching on message text.
import { getErrorShape, TRPCError } from "@trpc/server";
import { appRouter } from "~/server/api/root";

/** The tRPC code a call rejected with; fails the test when it resolved. */
export async function rejectionCode(call: Promise<unknown>): Promise<TRPCError["code"]> {
  const error = await rejection(call);
  return error.code;
}

export async function rejection(call: Promise<unknown>): Promise<TRPCError> {
  let result: unknown;
  try {
    result = await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw new Error(`expected a TRPCError, got ${String(error)}`, { cause: error });
  }
  throw new Error(`expected the call to be rejected, but it returned ${JSON.stringify(result)?.slice(0, 300)}`);
}

/** The error as a client would receive it: our errorFormatter applied to the TRPCError. */
export function clientShape(error: TRPCError, path: string, type: "query" | "mutation" = "query") {
  return getErrorShape({ config: appRouter._def._config, error, type, path, input: undefined, ctx: undefined });
}
