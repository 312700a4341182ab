import { serviceWhere, type Scope } from "~/server/auth/scope";
import type { HasDb } from "~/server/db/transaction";
import { lineSearchWhere } from "./line-search";
import type { Prisma } from "~/server/db/generated/client";
import { skipTake } from "~/server/lib/pagination";
import type { ListServicesInput, ServiceView } from "./services.schemas";

const select = {
  id: true,
  kind: true,
  identifier: true,
  label: true,
  status: true,
  installationAddress: true,
  activatedAt: true,
  plan: { select: { code: true, name: true, monthlyFeeMinor: true, currency: true } },
  costCentre: { select: { code: true, name: true } },
  assignedUser: { select: { name: true } },
  billingAccount: { select: { id: true, number: true, name: true } },
} as const satisfies Prisma.ServiceSelect;

type Row = Prisma.ServiceGetPayload<{ select: typeof select }>;
const toView = ({ assignedUser, ...s }: Row): Omit<ServiceView, "suspension"> => ({ ...s, assignedTo: assignedUser?.name ?? null });

const kindOrder = { mobile: 0, fixed_voice: 1, broadband: 2, tv: 3 } as const;

export async function listServices({ db }: HasDb, scope: Scope, input: ListServicesInput) {
  const q = input.q?.trim();
  const where: Prisma.ServiceWhereInput = {
    ...serviceWhere(scope),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(q ? lineSearchWhere(q) : {}),
  };
  const [rows, total] = await Promise.all([
    db.service.findMany({ where, select, orderBy: [{ kind: "asc" }, { identifier: "asc" }], ...skipTake(input) }),
    db.service.count({ where }),
  ]);
  return { items: rows.map(toView).sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]), total };
}

export async function findService({ db }: HasDb, scope: Scope, id: string) {
  const row = await db.service.findFirst({ where: { ...serviceWhere(scope), AND: [{ id }] }, select });
  return row ? toView(row) : null;
}

export async function countByKindAndStatus({ db }: HasDb, scope: Scope) {
  const groups = await db.service.groupBy({ by: ["kind", "status"], where: serviceWhere(scope), _count: { _all: true } });
  return groups.map((g) => ({ kind: g.kind, status: g.status, count: g._count._all }));
}
