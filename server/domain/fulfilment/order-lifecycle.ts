// The product order state machine (TMF622 states) and its milestone timeline, shared by every
// fulfilment implementation. An order is acknowledged when placed, in progress from its first
// milestone after that, completed when the last is reached; it can be cancelled only before activation.
import { DomainError } from "~/server/lib/errors";

const invalidState = (message: string) => new DomainError("INVALID_STATE", message, { entity: "order" });

export const orderStates = ["acknowledged", "inProgress", "completed", "cancelled", "failed"] as const;
export type OrderState = (typeof orderStates)[number];

export const milestoneNames = ["acknowledged", "configuration", "activation", "completed"] as const;
export type MilestoneName = (typeof milestoneNames)[number];

export interface Milestone {
  name: MilestoneName;
  expectedAt: Date;
  actualAt: Date | null;
}

/** Seconds from one milestone to the next (configuration after acknowledgement, activation after configuration). */
export type MilestoneTimings = { configurationSeconds: number; activationSeconds: number };

export const inFlight = (state: OrderState) => state === "acknowledged" || state === "inProgress";

/** The timeline of a new order placed at `at`: acknowledged at once, the rest expected by the timings. */
export function plannedMilestones(at: Date, timings: MilestoneTimings): Milestone[] {
  const configuration = new Date(at.getTime() + timings.configurationSeconds * 1000);
  const activation = new Date(configuration.getTime() + timings.activationSeconds * 1000);
  return [
    { name: "acknowledged", expectedAt: at, actualAt: at },
    { name: "configuration", expectedAt: configuration, actualAt: null },
    { name: "activation", expectedAt: activation, actualAt: null },
    { name: "completed", expectedAt: activation, actualAt: null },
  ];
}

/** The first milestone not yet reached, or null when all are. */
export const nextMilestone = (milestones: readonly Milestone[]): Milestone | null => milestones.find((m) => !m.actualAt) ?? null;

/** True when the order is in flight and its next milestone's expected time has come. */
export const isDue = (state: OrderState, milestones: readonly Milestone[], at: Date) => {
  const next = nextMilestone(milestones);
  return inFlight(state) && next !== null && next.expectedAt.getTime() <= at.getTime();
};

/**
 * Reaches the next milestone at `at` (never before the previous one, so the timeline stays monotonic)
 * and returns the order's new state and timeline. INVALID_STATE when the order is not in flight.
 */
export function reachNext(state: OrderState, milestones: readonly Milestone[], at: Date): { state: OrderState; milestones: Milestone[] } {
  const next = nextMilestone(milestones);
  if (!inFlight(state) || !next) throw invalidState(`an order ${state} has no milestone left`);
  const last = Math.max(...milestones.filter((m) => m.actualAt).map((m) => m.actualAt!.getTime()));
  const when = new Date(Math.max(at.getTime(), last));
  const updated = milestones.map((m) => (m === next ? { ...m, actualAt: when } : m));
  return { state: next.name === "completed" ? "completed" : "inProgress", milestones: updated };
}

/** Cancel is allowed until activation has been reached: after that the change is in the network and on the bill. */
export function cancel(state: OrderState, milestones: readonly Milestone[]): OrderState {
  if (!inFlight(state) || milestones.some((m) => m.name === "activation" && m.actualAt)) {
    throw invalidState(`an order ${state} past activation cannot be cancelled`);
  }
  return "cancelled";
}

export function fail(state: OrderState): OrderState {
  if (!inFlight(state)) throw invalidState(`an order ${state} cannot fail`);
  return "failed";
}
