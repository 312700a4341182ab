// Composition root: the one place that decides which implementations run.
import { getDb, type Db } from "~/server/db/client";
import { systemClock, type Clock } from "~/server/lib/clock";

export type Deps = { db: Db; clock: Clock };

let deps: Deps | undefined;
export function getDeps(): Deps {
  return (deps ??= { db: getDb(), clock: systemClock });
}
