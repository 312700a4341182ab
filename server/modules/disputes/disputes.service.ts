// Billing complaints: "dispute this line" opens a claim that the repair system tracks as a ticket
// (category billing_dispute: a degraded-service priority, P3 for households, P2 for business: its own SLA clock). While it is open
// its amount, VAT included, is held out of dunning. A billing agent upholds it — a credit note through
// the billing gateway — or rejects it with the reasons; the bill shows the outcome either way.
import type { CustomerActor, StaffActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import type { Deps } from "~/server/container";
import { Prisma } from "~/server/db/generated/client";
import { divRound } from "~/server/domain/billing/rounding";
import { conflict, DomainError, invalid, notFound } from "~/server/lib/errors";
import { noticeOfStatus } from "~/server/modules/tickets/ticket-notices";
import { priorityFor } from "~/server/modules/tickets/tickets.policy";
import { findScopedService, tierOf } from "~/server/modules/tickets/tickets.repository";
import { DISPUTE_CATEGORY } from "~/server/modules/tickets/tickets.schemas";
import { findDisputes } from "./disputes.repository";
import type { DisputeView, OpenDisputeInput, ResolveDisputeInput } from "./disputes.schemas";


export async function openDispute({ db, billing, repair, clock }: Deps, actor: CustomerActor, input: OpenDisputeInput): Promise<DisputeView> {
  const scope = scopeOf(actor);
  const bill = await billing.getBill(scope, input.billId);
  if (!bill) throw notFound("bill");
  const line = bill.lines.find((l) => l.id === input.billLineId);
  if (!line) throw notFound("bill line");
  if (!line.service || line.kind === "tax" || line.amount.amountMinor <= 0) throw invalid("billLineId", "only a charge for a service can be disputed");
  const service = await findScopedService(db, scope, line.service.id);
  if (!service) throw notFound("service");
  if (await db.billDispute.count({ where: { billLineId: BigInt(line.id) } })) throw conflict("this line is already disputed");

  const tier = await tierOf(db, service.customerId);
  const net = BigInt(line.amount.amountMinor);
  const gross = net + divRound(net * BigInt(bill.taxItem[0]?.taxRateBp ?? 0), 10_000n);
  try {
    const ticket = await repair.createTicket(
      {
        customerId: service.customerId, serviceId: service.id, serviceKind: service.kind, area: service.area, tier,
        reporterUserId: actor.userId, category: DISPUTE_CATEGORY, description: `${bill.billNo} · ${line.description}: ${input.reason}`,
        visitPreference: null, contactPhone: null, priority: priorityFor(tier, DISPUTE_CATEGORY), outageId: null, at: clock.now(),
      },
      async (tx, created) => {
        await tx.billDispute.create({
          data: { billId: bill.id, billLineId: BigInt(line.id), ticketId: created.id, amountMinor: gross, reason: input.reason },
        });
        await noticeOfStatus(tx, created);
      },
    );
    const [view] = (await findDisputes(db, { billId: bill.id, customerId: actor.customerId })).filter((d) => d.ticket.id === ticket.id);
    return view!;
  } catch (err) {
    // Two clicks at once: the unique line key lets one through, and the other's ticket rolls back with it.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw conflict("this line is already disputed");
    throw err;
  }
}

export async function billDisputes({ db, billing }: Deps, actor: CustomerActor, billId: string): Promise<DisputeView[]> {
  if (!(await billing.getBill(scopeOf(actor), billId))) throw notFound("bill");
  return findDisputes(db, { billId, customerId: actor.customerId });
}

export const openDisputes = ({ db }: Deps) => findDisputes(db, { status: "open" });

export async function resolveDispute({ db, billing, repair, clock }: Deps, actor: StaffActor, input: ResolveDisputeInput): Promise<DisputeView> {
  const dispute = await db.billDispute.findUnique({ where: { id: input.disputeId } });
  if (!dispute) throw notFound("dispute");
  if (dispute.status !== "open") throw new DomainError("INVALID_STATE", "the dispute is already decided", { entity: "dispute" });
  const line = await db.billLine.findUniqueOrThrow({ where: { id: dispute.billLineId }, select: { amountMinor: true } });
  let creditNoteId: string | null = null;
  if (input.outcome === "upheld") {
    const net = input.creditNetMinor ?? Number(line.amountMinor);
    if (net > Number(line.amountMinor)) throw invalid("creditNetMinor", "the credit cannot exceed the disputed line");
    // Idempotent per dispute: a retry after a failure below finds the same credit note.
    creditNoteId = (await billing.issueCreditNote({ billId: dispute.billId, netMinor: net, reason: input.resolution, reference: `dispute:${dispute.id}` })).id;
  }
  const now = clock.now();
  const decided = await db.billDispute.updateMany({
    where: { id: dispute.id, status: "open" },
    data: { status: input.outcome, resolution: input.resolution, creditNoteId, resolvedAt: now },
  });
  if (decided.count === 0) throw conflict("the dispute was decided meanwhile");
  await repair.updateTicket(dispute.ticketId, { all: true }, { kind: "staff", userId: actor.userId }, now,
    (ticket) => ({ action: input.outcome === "rejected" && ticket.state === "acknowledged" ? "reject" : "resolve", events: [{ kind: "note", text: input.resolution }] }),
    noticeOfStatus);
  const [view] = await findDisputes(db, { id: dispute.id });
  return view!;
}
