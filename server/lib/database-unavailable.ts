// Telling "the database is down or unreachable" apart from a bug. While PostgreSQL is away every query fails; those
// failures are the service being briefly unavailable (503, try again), not an internal error with a stack in the log.
// Prisma wraps the driver's error (adapter-pg maps socket errors to a `kind`); pg's own errors carry a SQLSTATE.

/** adapter-pg's kinds for a connection that cannot be made or was lost. */
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** Prisma: can't reach, timed out, server closed the connection, pool timeout. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** Node's socket errors. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE", "EHOSTUNREACH"]);
/** SQLSTATE class 08 (connection exception), admin/crash shutdown, cannot connect now, too many connections. */
const SQLSTATE = /^(08\w{3}|57P0[1-3]|53300)$/;
/** pg's messages for a connection that died or a pool that could not get one. */
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server/i;

type Inspectable = {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
};

function says(error: Inspectable): boolean {
  const code = typeof error.code === "string" ? error.code : "";
  if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code)) return true;
  if (error.name === "PrismaClientInitializationError") return true;
  const driver = error.meta?.driverAdapterError?.cause as { kind?: string; code?: string; message?: string } | undefined;
  if (driver?.kind && UNREACHABLE_KINDS.has(driver.kind)) return true;
  if (driver?.kind === "postgres" && SQLSTATE.test(driver.code ?? "")) return true;
  if (driver?.kind === "postgres" && MESSAGES.test(driver.message ?? "")) return true;
  return typeof error.message === "string" && MESSAGES.test(error.message);
}

/** True when the error (or one it wraps) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    if (says(current as Inspectable)) return true;
    current = (current as Inspectable).cause;
  }
  return false;
}
