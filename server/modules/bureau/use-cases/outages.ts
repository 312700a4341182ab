// Outages: staff open one for an area and service kind; new reports there are linked to it, and
// closing it resolves every linked ticket (one state-change event, so one notice, per ticket).
import { randomUUID } from "node:crypto";
import type { StaffActor } from "~/server/auth/principal";
import type { BureauDeps } from "../bureau-deps";
import { notFound } from "~/server/lib/errors";
import { outageView } from "~/server/modules/tickets/ticket-views";
import type { CloseOutageInput, CloseOutageView, CreateOutageInput, ListOutagesInput } from "~/server/modules/tickets/tickets.schemas";

export async function listOutages({ repair }: BureauDeps, input: ListOutagesInput) {
  return (await repair.listOutages(input.status)).map(outageView);
}

export async function createOutage({ repair, clock }: BureauDeps, actor: StaffActor, input: CreateOutageInput) {
  const outage = await repair.createOutage(
    { ...input, estimatedEnd: input.estimatedEnd ?? null, createdById: actor.userId, at: clock.now() },
    { key: randomUUID() },
  );
  return outageView(outage);
}

export async function closeOutage({ repair, clock }: BureauDeps, _actor: StaffActor, input: CloseOutageInput): Promise<CloseOutageView> {
  // A fresh key: closing a closed outage again is NOT_FOUND to the caller, not a replay.
  const closed = await repair.closeOutage(input.outageId, clock.now(), { key: randomUUID() });
  if (!closed) throw notFound("outage");
  return { ...outageView(closed.outage), resolvedTickets: closed.resolved.length };
}
