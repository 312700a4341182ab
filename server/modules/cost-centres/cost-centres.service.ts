// The enterprise admin's cost centres: the company's codes for booking its lines' charges, created, renamed, archived
// (an archived centre keeps its lines and history; a database trigger refuses new lines in it) and restored. Every
// change locks the company row and is audited in the same transaction.
import type { CustomerActor } from "~/server/auth/principal";
import type { Deps } from "~/server/container";
import type { Tx } from "~/server/db/client";
import { inTransaction } from "~/server/db/transaction";
import { invalid, notFound } from "~/server/lib/errors";
import { audit, type AuditEntry } from "~/server/modules/audit/audit.service";
import { billsDeps } from "~/server/modules/bills/bills-deps";
import * as repo from "./cost-centres.repository";
import type {
  CostCentreInput,
  CostCentreLinesView,
  CostCentresView,
  CreateCostCentreInput,
  RenameCostCentreInput,
  SetCostCentreArchivedInput,
} from "./cost-centres.schemas";
import { spendByCentre } from "./use-cases/spend-by-centre";

export async function listCostCentres(deps: Deps, actor: CustomerActor): Promise<CostCentresView> {
  const [{ centres, unassigned }, spend] = await Promise.all([
    repo.listCentres(deps, actor.customerId),
    spendByCentre(billsDeps(deps), actor, deps.clock.now()),
  ]);
  const pair = (key: string | null) => ({ thisMonth: spend.thisMonth.get(key) ?? null, lastMonth: spend.lastMonth.get(key) ?? null });
  return {
    centres: centres.map((c) => ({
      id: c.id,
      code: c.code,
      name: c.name,
      archived: c.archivedAt !== null,
      lineCount: c._count.services,
      ...pair(c.id),
    })),
    unassigned: { lineCount: unassigned, ...pair(null) },
    periods: spend.periods,
  };
}

export async function centreLines(deps: Deps, actor: CustomerActor, input: CostCentreInput): Promise<CostCentreLinesView> {
  const c = await repo.centreWithLines(deps, actor.customerId, input.costCentreId);
  if (!c) throw notFound("cost centre");
  return { id: c.id, code: c.code, name: c.name, archived: c.archivedAt !== null, lines: c.services };
}

export async function createCostCentre(deps: Deps, actor: CustomerActor, input: CreateCostCentreInput) {
  return inTransaction(deps, async (tx) => {
    await repo.lockCompany(tx, actor.customerId);
    // Codes are compared without case: "SALES" and "sales" would be the same code on a report.
    if (await repo.codeTaken(tx, actor.customerId, input.code))
      throw invalid("code", "the company already has a cost centre with this code");
    const { id } = await repo.createCentre(tx, { customerId: actor.customerId, code: input.code, name: input.name });
    await record(tx, actor, "cost_centre.create", id, { code: input.code, name: input.name });
    return { costCentreId: id };
  });
}

type Details = { [key: string]: string | number };
type Centre = NonNullable<Awaited<ReturnType<typeof repo.findCentre>>>;

/** One change to one cost centre of the actor's company, under the company lock, audited with it. */
function changeCentre(
  deps: Deps,
  actor: CustomerActor,
  costCentreId: string,
  action: string,
  work: (tx: Tx, c: Centre) => Promise<Details>,
) {
  return inTransaction(deps, async (tx) => {
    await repo.lockCompany(tx, actor.customerId);
    const c = await repo.findCentre(tx, actor.customerId, costCentreId);
    if (!c) throw notFound("cost centre");
    const data = await work(tx, c);
    await record(tx, actor, action, c.id, { code: c.code, ...data });
    return { ok: true as const };
  });
}

const record = (tx: Tx, actor: CustomerActor, action: string, entityId: string, data: AuditEntry["data"]) =>
  audit(tx, { actorUserId: actor.userId, customerId: actor.customerId, action, entity: "cost_centre", entityId, data });

export const renameCostCentre = (deps: Deps, actor: CustomerActor, input: RenameCostCentreInput) =>
  changeCentre(deps, actor, input.costCentreId, "cost_centre.rename", async (tx, c) => {
    await repo.renameCentre(tx, c.id, input.name);
    return { from: c.name, to: input.name };
  });

/** Archiving keeps the lines where they are (their history stays with the centre); restoring lets lines in again. */
export const setCostCentreArchived = (deps: Deps, actor: CustomerActor, input: SetCostCentreArchivedInput) =>
  changeCentre(deps, actor, input.costCentreId, input.archived ? "cost_centre.archive" : "cost_centre.restore", async (tx, c) => {
    await repo.setArchivedAt(tx, c.id, input.archived ? (c.archivedAt ?? deps.clock.now()) : null);
    const details: Details = input.archived ? { lines: await repo.lineCount(tx, c.id) } : {};
    return details;
  });
