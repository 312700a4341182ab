// What a system of record tells the portal about its changes: TMF-style events, as a TMF event
// hub would post them. Every system (repair, billing, later fulfilment) writes them to its own
// outbox in the transaction of the change; delivery is at least once, so the portal's listener
// applies each event once (by eventId) and hands it to the handler registered for its type.

/** The TMF notification envelope: `event` carries the resource (`{ troubleTicket }`, `{ customerBill }` …). */
export interface TmfEvent<Type extends string = string, Body = unknown> {
  eventId: string;
  eventType: Type;
  /** ISO 8601: events travel as JSON. */
  eventTime: string;
  /** For attribute-change events: which attributes changed (TMF fieldPath), comma-separated. */
  fieldPath?: string;
  event: Body;
}

/** A portal reaction to one kind of event; `ctx` is the portal transaction that also records the event as applied. */
export type EventHandler<E extends TmfEvent, Ctx> = (ctx: Ctx, event: E) => Promise<void>;

/** Handlers by event type; an event without one is recorded as applied and otherwise ignored. */
export type EventHandlers<E extends TmfEvent, Ctx> = { [T in E["eventType"]]?: EventHandler<Extract<E, { eventType: T }>, Ctx> };

/** The portal's record of applied events: runs `apply` only the first time an id is seen, atomically with marking it. */
export interface EventInbox<Ctx> {
  once(event: TmfEvent, apply: (ctx: Ctx) => Promise<void>): Promise<boolean>;
}

/** The portal's listener for one feed: dedupe, then dispatch. Returns false for a repeat delivery. */
export function createEventListener<E extends TmfEvent, Ctx>(inbox: EventInbox<Ctx>, handlers: EventHandlers<E, Ctx>) {
  return (event: E) =>
    inbox.once(event, async (ctx) => {
      const handler = handlers[event.eventType as E["eventType"]] as EventHandler<E, Ctx> | undefined;
      await handler?.(ctx, event);
    });
}

/**
 * A system's outbox of events, as its delivery job sees it. `relay` claims up to `limit` events not
 * yet handed on (oldest first), calls `send` with them and marks those whose ids `send` returns.
 * Rows claimed by one relay are skipped by another running at the same time.
 */
export interface EventOutbox<E extends TmfEvent = TmfEvent> {
  relay(send: (events: E[]) => Promise<string[]>, limit?: number): Promise<number>;
}

/** Hands every pending event to `deliver` one by one until the outbox is empty (tests, and a worker catching up). */
export async function drainOutbox<E extends TmfEvent>(outbox: EventOutbox<E>, deliver: (event: E) => Promise<unknown>): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await outbox.relay(async (events) => {
      const done: string[] = [];
      for (const e of events) {
        await deliver(e);
        done.push(e.eventId);
      }
      return done;
    });
    total += n;
    if (n === 0) return total;
  }
}
