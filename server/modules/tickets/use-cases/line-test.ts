import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import { notFound } from "~/server/lib/errors";
import { outageView } from "../ticket-views";
import type { TicketDeps } from "../ticket-deps";
import type { LineTestInput, LineTestView } from "../tickets.schemas";

/** The self-test a customer runs before reporting: the repair system answers from the line's state. */
export async function lineTest({ facts, repair, clock }: TicketDeps, actor: CustomerActor, input: LineTestInput): Promise<LineTestView> {
  const service = await facts.scopedService(scopeOf(actor), input.serviceId);
  if (!service) throw notFound("service");
  const result = await repair.lineTest(
    { serviceId: service.id, kind: service.kind, status: service.status, area: service.area },
    clock.now(),
  );
  return { ...result, outage: result.outage ? outageView(result.outage) : null };
}
