// How use cases reach the portal's own tables without holding the client: repositories take `HasDb` (the
// dependencies) or the opaque `Tx` that `inTransaction` hands out, and are the only ones to query through them.
import type { Db, Tx } from "./client";

/** What a repository needs from the dependencies. */
export type HasDb = { db: Db };

/** Runs `work` in one transaction; the use case passes the handle on to repositories, notify() and audit(). */
export const inTransaction = <T>({ db }: HasDb, work: (tx: Tx) => Promise<T>): Promise<T> => db.$transaction(work);
