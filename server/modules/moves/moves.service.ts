// Moving a service between the customer's billing accounts: preview both resulting bills, schedule
// the move for the next period, list and cancel pending moves. Billing decides; this shapes the views.
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import type { Deps } from "~/server/container";
import { forbidden } from "~/server/lib/errors";
import type { BillPreview, ScheduledMove } from "~/server/gateways/billing/billing-gateway";
import type { MovePreviewView, MoveServiceInput, ScheduledMoveView } from "./accounts.schemas";

/** Moving changes whole bills: only someone who sees every service of the customer may do it. */
function wholeCustomer(actor: CustomerActor) {
  if (actor.serviceIds !== null) throw forbidden("moving services between accounts needs access to all services");
  return scopeOf(actor);
}

export async function previewMove({ billing, db }: Deps, actor: CustomerActor, input: MoveServiceInput): Promise<MovePreviewView> {
  const scope = wholeCustomer(actor);
  const preview = await billing.previewMove(scope, input.serviceId, input.toBillingAccountId);
  const accounts = new Map((await billing.listBillingAccounts(scope)).map((a) => [a.id, a]));
  const view = async (p: BillPreview | null) => {
    const account = p && accounts.get(p.billingAccountId);
    if (!p || !account) return null;
    const onAccount = await db.service.findMany({
      where: { customerId: actor.customerId, OR: [{ billingAccountId: account.id, id: { not: input.serviceId } }, ...(account.id === input.toBillingAccountId ? [{ id: input.serviceId }] : [])] },
      select: { id: true, identifier: true, label: true, kind: true }, orderBy: { identifier: "asc" },
    });
    return {
      billingAccount: { id: account.id, number: account.number, name: account.name }, services: onAccount,
      lines: p.lines.map((l) => ({ kind: l.kind, service: l.service, description: l.description, amount: l.amount })),
      taxExcludedAmount: p.taxExcludedAmount, taxIncludedAmount: p.taxIncludedAmount,
    };
  };
  return { period: preview.period, effectivePeriod: preview.effectivePeriod, from: await view(preview.from), to: await view(preview.to) };
}

export async function moveService(deps: Deps, actor: CustomerActor, input: MoveServiceInput): Promise<ScheduledMoveView> {
  const move = await deps.billing.scheduleMove(wholeCustomer(actor), input.serviceId, input.toBillingAccountId, actor.userId);
  const [view] = await toViews(deps, actor, [move]);
  return view!;
}

export async function pendingMoves(deps: Deps, actor: CustomerActor): Promise<ScheduledMoveView[]> {
  return toViews(deps, actor, await deps.billing.pendingMoves(scopeOf(actor)));
}

export const cancelMove = ({ billing }: Deps, actor: CustomerActor, moveId: string) => billing.cancelMove(scopeOf(actor), moveId);

async function toViews({ billing, db }: Deps, actor: CustomerActor, moves: ScheduledMove[]): Promise<ScheduledMoveView[]> {
  const accounts = new Map((await billing.listBillingAccounts(scopeOf(actor))).map((a) => [a.id, { id: a.id, number: a.number, name: a.name }]));
  const services = new Map((await db.service.findMany({
    where: { customerId: actor.customerId, id: { in: moves.map((m) => m.serviceId) } }, select: { id: true, identifier: true, label: true },
  })).map((s) => [s.id, s]));
  return moves.flatMap((m) => {
    const service = services.get(m.serviceId);
    const from = accounts.get(m.fromBillingAccountId);
    const to = accounts.get(m.toBillingAccountId);
    return service && from && to ? [{ id: m.id, effectivePeriod: m.effectivePeriod, service, from, to }] : [];
  });
}
