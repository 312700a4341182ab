// Row shapes and filters of the built-in repair system's tables, shared by its gateway and feed.
import type { Db, Tx } from "~/server/db/client";
import type { Prisma } from "~/server/db/generated/client";
import type { AttachmentRecord, ListTicketsQuery, OutageRecord, TicketFilter, TicketRecord } from "./repair-gateway";

export const outageSelect = {
  id: true,
  area: true,
  serviceKind: true,
  title: true,
  startedAt: true,
  estimatedEnd: true,
  closedAt: true,
  _count: { select: { tickets: true } },
} as const satisfies Prisma.OutageSelect;
type OutageRow = Prisma.OutageGetPayload<{ select: typeof outageSelect }>;
export const toOutage = ({ _count, ...o }: OutageRow): OutageRecord => ({ ...o, linkedTickets: _count.tickets });

export const ticketInclude = {
  outage: { select: outageSelect },
  events: { orderBy: { seq: "asc" } },
} as const satisfies Prisma.TicketInclude;
type TicketRow = Prisma.TicketGetPayload<{ include: typeof ticketInclude }>;

export const attachmentSelect = {
  id: true,
  ticketId: true,
  eventSeq: true,
  fileName: true,
  contentType: true,
  size: true,
  sha256: true,
  blobRef: true,
  uploadedById: true,
  createdAt: true,
} as const satisfies Record<keyof AttachmentRecord, true>;

async function technicianNames(db: Db | Tx, rows: { technicianId: string | null }[]) {
  const ids = [...new Set(rows.flatMap((r) => (r.technicianId ? [r.technicianId] : [])))];
  if (ids.length === 0) return new Map<string, string>();
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

function toRecord(row: TicketRow, names: Map<string, string>): TicketRecord {
  const { outage, events, technicianId, visitFrom, visitTo } = row;
  return {
    id: row.id,
    number: row.number,
    customerId: row.customerId,
    serviceId: row.serviceId,
    serviceKind: row.serviceKind,
    area: row.area,
    tier: row.tier,
    reporterUserId: row.reporterUserId,
    category: row.category,
    description: row.description,
    visitPreference: row.visitPreference,
    contactPhone: row.contactPhone,
    priority: row.priority,
    state: row.state,
    cause: row.cause,
    workDone: row.workDone,
    rating: row.rating,
    ratingComment: row.ratingComment,
    resolvedAt: row.resolvedAt,
    createdAt: row.createdAt,
    technician: technicianId ? { id: technicianId, name: names.get(technicianId) ?? "" } : null,
    visit: visitFrom && visitTo ? { from: visitFrom, to: visitTo } : null,
    outage: outage ? toOutage(outage) : null,
    events: events.map((e) => ({
      seq: e.seq,
      kind: e.kind,
      toState: e.toState,
      progress: e.progress,
      author: e.author,
      authorUserId: e.authorUserId,
      text: e.text,
      visit: e.visitFrom && e.visitTo ? { from: e.visitFrom, to: e.visitTo } : null,
      at: e.at,
    })),
  };
}

export async function toRecords(db: Db | Tx, rows: TicketRow[]) {
  const names = await technicianNames(db, rows);
  return rows.map((r) => toRecord(r, names));
}

export function whereOf(filter: TicketFilter, query: ListTicketsQuery = {}): Prisma.TicketWhereInput {
  const base: Prisma.TicketWhereInput =
    "scope" in filter
      ? { customerId: filter.scope.customerId, ...(filter.scope.serviceIds ? { serviceId: { in: filter.scope.serviceIds } } : {}) }
      : "technicianId" in filter
        ? { technicianId: filter.technicianId }
        : {};
  return {
    ...base,
    ...(query.states ? { state: { in: [...query.states] } } : {}),
    ...(query.area ? { area: query.area } : {}),
    ...(query.serviceKind ? { serviceKind: query.serviceKind } : {}),
    ...(query.priority ? { priority: query.priority } : {}),
    ...(query.ids ? { id: { in: [...query.ids] } } : {}),
  };
}
