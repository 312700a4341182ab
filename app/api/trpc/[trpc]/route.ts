import { randomUUID } from "node:crypto";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "~/server/api/context";
import { toTrpcError } from "~/server/api/errors";
import { appRouter } from "~/server/api/root";
import { DomainError } from "~/server/lib/errors";

// One request, at most this many calls (the client's batch link splits at the same size): a batch is not a way to
// order a thousand reports in one go.
const MAX_BATCH = 10;

// A failure while building the context is mapped like any other: logged, and answered without its message.
const context = (req: Request) => createContext(req.headers).catch((err: unknown) => Promise.reject(toTrpcError(err, randomUUID())));

/** A rate-limited call says when to come back (the longest wait of the batch). */
function retryAfter(errors: { cause?: unknown }[]) {
  const wait = Math.max(0, ...errors.map((e) => (e.cause instanceof DomainError ? (e.cause.details.retryAfterSeconds ?? 0) : 0)));
  return wait > 0 ? { headers: new Headers({ "Retry-After": String(wait) }) } : {};
}

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => context(req),
    maxBatchSize: MAX_BATCH,
    responseMeta: ({ errors }) => retryAfter(errors),
  });

export { handler as GET, handler as POST };
