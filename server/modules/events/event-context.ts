// What a portal event handler works in: the transaction that also records the event as applied.
import type { Tx } from "~/server/db/client";

export type PortalEventContext = { tx: Tx };
