// Service moves: a service moving between the customer's billing accounts. Preview both resulting
// bills, schedule the move for the next period, list and cancel pending moves. Billing decides; this shapes the views.
import { randomUUID } from "node:crypto";
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import type { BillingGateway, BillPreview, ScheduledMove } from "~/server/gateways/billing/billing-gateway";
import { forbidden } from "~/server/lib/errors";
import type { MoveServices } from "./moves.repository";
import type { MovePreviewView, MoveServiceInput, ScheduledMoveView } from "./moves.schemas";

export type MovesDeps = { billing: BillingGateway; services: MoveServices };

/** Moving changes whole bills: only someone who sees every service of the customer may do it. */
function wholeCustomer(actor: CustomerActor) {
  if (actor.serviceIds !== null) throw forbidden("moving services between accounts needs access to all services");
  return scopeOf(actor);
}

export async function previewMove(
  { billing, services }: MovesDeps,
  actor: CustomerActor,
  input: MoveServiceInput,
): Promise<MovePreviewView> {
  const scope = wholeCustomer(actor);
  const preview = await billing.previewMove(scope, input.serviceId, input.toBillingAccountId);
  const accounts = new Map((await billing.listBillingAccounts(scope)).map((a) => [a.id, a]));
  const view = async (p: BillPreview | null) => {
    const account = p && accounts.get(p.billingAccountId);
    if (!p || !account) return null;
    const onAccount = await services.onAccount(actor.customerId, account.id, {
      minus: input.serviceId,
      plus: account.id === input.toBillingAccountId ? input.serviceId : undefined,
    });
    return {
      billingAccount: { id: account.id, number: account.number, name: account.name },
      services: onAccount,
      lines: p.lines.map((l) => ({ kind: l.kind, service: l.service, description: l.description, amount: l.amount })),
      taxExcludedAmount: p.taxExcludedAmount,
      taxIncludedAmount: p.taxIncludedAmount,
    };
  };
  return { period: preview.period, effectivePeriod: preview.effectivePeriod, from: await view(preview.from), to: await view(preview.to) };
}

/** The caller's key makes a retried request schedule once; without one, each request is its own. */
export async function scheduleMove(deps: MovesDeps, actor: CustomerActor, input: MoveServiceInput): Promise<ScheduledMoveView> {
  const { serviceId, toBillingAccountId, idempotencyKey = randomUUID() } = input;
  const move = await deps.billing.scheduleMove(wholeCustomer(actor), {
    serviceId,
    toBillingAccountId,
    requestedById: actor.userId,
    idempotencyKey,
  });
  const [view] = await toViews(deps, actor, [move]);
  return view!;
}

export async function pendingMoves(deps: MovesDeps, actor: CustomerActor): Promise<ScheduledMoveView[]> {
  return toViews(deps, actor, await deps.billing.pendingMoves(scopeOf(actor)));
}

export const cancelMove = ({ billing }: MovesDeps, actor: CustomerActor, moveId: string) => billing.cancelMove(scopeOf(actor), moveId);

async function toViews({ billing, services }: MovesDeps, actor: CustomerActor, moves: ScheduledMove[]): Promise<ScheduledMoveView[]> {
  const accounts = new Map(
    (await billing.listBillingAccounts(scopeOf(actor))).map((a) => [a.id, { id: a.id, number: a.number, name: a.name }]),
  );
  const byId = new Map(
    (
      await services.byIds(
        actor.customerId,
        moves.map((m) => m.serviceId),
      )
    ).map((s) => [s.id, s]),
  );
  return moves.flatMap((m) => {
    const s = byId.get(m.serviceId);
    const from = accounts.get(m.fromBillingAccountId);
    const to = accounts.get(m.toBillingAccountId);
    return s && from && to
      ? [{ id: m.id, effectivePeriod: m.effectivePeriod, service: { id: s.id, identifier: s.identifier, label: s.label }, from, to }]
      : [];
  });
}
