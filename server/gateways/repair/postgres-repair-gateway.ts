// The built-in repair system on PostgreSQL: tickets with their event log, technicians, outages,
// and a line test simulated from the line's state. Commands lock the ticket row, so two staff
// members acting at once are serialised and the log's seq stays gap-free.
import type { Db, Tx } from "~/server/db/client";
import type { Prisma } from "~/server/db/generated/client";
import { notFound } from "~/server/lib/errors";
import { transition } from "~/server/domain/repair/lifecycle";
import type {
  AttachmentRecord, Author, ListTicketsQuery, LineTestResult, LineUnderTest, OutageRecord, RepairGateway, ServiceKind,
  TechnicianRecord, TicketChange, TicketFilter, TicketRecord,
} from "./repair-gateway";

const outageSelect = {
  id: true, area: true, serviceKind: true, title: true, startedAt: true, estimatedEnd: true, closedAt: true,
  _count: { select: { tickets: true } },
} as const satisfies Prisma.OutageSelect;
type OutageRow = Prisma.OutageGetPayload<{ select: typeof outageSelect }>;
const toOutage = ({ _count, ...o }: OutageRow): OutageRecord => ({ ...o, linkedTickets: _count.tickets });

const ticketInclude = {
  outage: { select: outageSelect },
  events: { orderBy: { seq: "asc" } },
} as const satisfies Prisma.TicketInclude;
type TicketRow = Prisma.TicketGetPayload<{ include: typeof ticketInclude }>;

const attachmentSelect = {
  id: true, ticketId: true, eventSeq: true, fileName: true, contentType: true, size: true, sha256: true, blobRef: true, uploadedById: true, createdAt: true,
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
    id: row.id, number: row.number, customerId: row.customerId, serviceId: row.serviceId, serviceKind: row.serviceKind, area: row.area,
    tier: row.tier, reporterUserId: row.reporterUserId, category: row.category, description: row.description,
    visitPreference: row.visitPreference, contactPhone: row.contactPhone, priority: row.priority, state: row.state,
    cause: row.cause, workDone: row.workDone, rating: row.rating, ratingComment: row.ratingComment, resolvedAt: row.resolvedAt, createdAt: row.createdAt,
    technician: technicianId ? { id: technicianId, name: names.get(technicianId) ?? "" } : null,
    visit: visitFrom && visitTo ? { from: visitFrom, to: visitTo } : null,
    outage: outage ? toOutage(outage) : null,
    events: events.map((e) => ({
      seq: e.seq, kind: e.kind, toState: e.toState, progress: e.progress, author: e.author, authorUserId: e.authorUserId,
      text: e.text, visit: e.visitFrom && e.visitTo ? { from: e.visitFrom, to: e.visitTo } : null, at: e.at,
    })),
  };
}

async function toRecords(db: Db | Tx, rows: TicketRow[]) {
  const names = await technicianNames(db, rows);
  return rows.map((r) => toRecord(r, names));
}

function whereOf(filter: TicketFilter, query: ListTicketsQuery = {}): Prisma.TicketWhereInput {
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
  };
}

// Deterministic "measurements" per line: the same line always reports the same healthy figures.
function measure(line: LineUnderTest, healthy: boolean) {
  const seed = [...line.serviceId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const pick = (lo: number, hi: number) => lo + (seed % (hi - lo + 1));
  const byKind: Record<ServiceKind, LineTestResult["measurements"]> = {
    mobile: [{ name: "signal", value: healthy ? -pick(65, 95) : -120, unit: "dBm" }],
    fixed_voice: [{ name: "loop_resistance", value: healthy ? pick(300, 900) : 0, unit: "ohm" }, { name: "dial_tone", value: healthy ? 1 : 0, unit: "bool" }],
    broadband: [{ name: "sync_down", value: healthy ? pick(200, 1000) : 0, unit: "Mbit/s" }, { name: "sync_up", value: healthy ? pick(50, 300) : 0, unit: "Mbit/s" }, { name: "latency", value: healthy ? pick(3, 15) : 0, unit: "ms" }],
    tv: [{ name: "signal_quality", value: healthy ? pick(80, 100) : 0, unit: "%" }],
  };
  return byKind[line.kind];
}

export function createPostgresRepairGateway(db: Db): RepairGateway {
  const findOpenOutage = async (area: string | null, kind: ServiceKind) => {
    if (!area) return null;
    const row = await db.outage.findFirst({ where: { area, serviceKind: kind, closedAt: null }, orderBy: { startedAt: "desc" }, select: outageSelect });
    return row ? toOutage(row) : null;
  };

  const loadInTx = async (tx: Tx, id: string) => {
    const row = await tx.ticket.findUnique({ where: { id }, include: ticketInclude });
    return row ? (await toRecords(tx, [row]))[0]! : null;
  };

  return {
    async lineTest(line, at) {
      const outage = await findOpenOutage(line.area, line.kind);
      const result = outage ? "outage" : line.status === "active" ? "ok" : "fault";
      return { serviceId: line.serviceId, result, testedAt: at, measurements: measure(line, result === "ok"), outage };
    },

    findOpenOutage,

    async openOutagesOver(sites) {
      if (sites.length === 0) return [];
      const rows = await db.outage.findMany({
        where: { closedAt: null, OR: sites.map((s) => ({ area: s.area, serviceKind: s.kind })) },
        select: outageSelect,
        orderBy: { startedAt: "desc" },
      });
      return rows.map(toOutage);
    },

    async createTicket(t, effects) {
      return db.$transaction(async (tx) => {
        const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('ticket_number_seq') AS n`;
        const { at, ...fields } = t;
        const row = await tx.ticket.create({
          data: {
            ...fields,
            number: `TT-${String(n).padStart(6, "0")}`,
            createdAt: at,
            updatedAt: at,
            events: { create: { seq: 1, kind: "created", toState: "acknowledged", author: "customer", authorUserId: t.reporterUserId, at } },
          },
          select: { id: true },
        });
        const ticket = (await loadInTx(tx, row.id))!;
        await effects?.(tx, ticket);
        return ticket;
      });
    },

    async getTicket(id, filter) {
      const row = await db.ticket.findFirst({ where: { AND: [{ id }, whereOf(filter)] }, include: ticketInclude });
      return row ? (await toRecords(db, [row]))[0]! : null;
    },

    async listTickets(filter, query, page) {
      const where = whereOf(filter, query);
      const [rows, total] = await Promise.all([
        db.ticket.findMany({ where, include: ticketInclude, orderBy: [{ createdAt: "desc" }, { number: "desc" }], skip: page.skip, take: page.take }),
        db.ticket.count({ where }),
      ]);
      return { items: await toRecords(db, rows), total };
    },

    async listAllTickets(filter, query) {
      const rows = await db.ticket.findMany({ where: whereOf(filter, query), include: ticketInclude, orderBy: { createdAt: "asc" } });
      return toRecords(db, rows);
    },

    async updateTicket(id, filter, author, at, decide, effects) {
      return db.$transaction(async (tx) => {
        // Lock first, then check the filter: a reassignment committed meanwhile is seen.
        await tx.$queryRaw`SELECT 1 FROM "Ticket" WHERE id = ${id}::uuid FOR UPDATE`;
        const visible = await tx.ticket.findFirst({ where: { AND: [{ id }, whereOf(filter)] }, select: { id: true } });
        if (!visible) return null;
        const current = (await loadInTx(tx, id))!;
        await apply(tx, current, decide(current), author, at);
        const updated = (await loadInTx(tx, id))!;
        await effects?.(tx, updated);
        return updated;
      });
    },

    async listAttachments(ticketId, filter) {
      const visible = await db.ticket.findFirst({ where: { AND: [{ id: ticketId }, whereOf(filter)] }, select: { id: true } });
      if (!visible) return null;
      return db.ticketAttachment.findMany({ where: { ticketId }, select: attachmentSelect, orderBy: [{ eventSeq: "asc" }, { createdAt: "asc" }, { fileName: "asc" }] });
    },

    async findAttachment(id, filter) {
      return db.ticketAttachment.findFirst({ where: { AND: [{ id }, { ticket: whereOf(filter) }] }, select: attachmentSelect });
    },

    async listTechnicians() {
      const users = await db.user.findMany({ where: { staffRole: "technician" }, select: { id: true, name: true }, orderBy: { name: "asc" } });
      const ids = users.map((u) => u.id);
      const [profiles, loads] = await Promise.all([
        db.technicianProfile.findMany({ where: { userId: { in: ids } } }),
        db.ticket.groupBy({ by: ["technicianId"], where: { technicianId: { in: ids }, state: { in: ["acknowledged", "in_progress", "pending", "held"] } }, _count: { _all: true } }),
      ]);
      return users.map((u): TechnicianRecord => {
        const profile = profiles.find((p) => p.userId === u.id);
        return { id: u.id, name: u.name, skills: profile?.skills ?? [], areas: profile?.areas ?? [], load: loads.find((l) => l.technicianId === u.id)?._count._all ?? 0 };
      });
    },

    async isTechnician(userId) {
      return (await db.user.count({ where: { id: userId, staffRole: "technician" } })) > 0;
    },

    async listOutages(status) {
      const where: Prisma.OutageWhereInput = status === "open" ? { closedAt: null } : status === "closed" ? { closedAt: { not: null } } : {};
      const rows = await db.outage.findMany({ where, select: outageSelect, orderBy: { startedAt: "desc" }, take: 500 });
      return rows.map(toOutage);
    },

    async createOutage({ at, ...o }) {
      return toOutage(await db.outage.create({ data: { ...o, startedAt: at }, select: outageSelect }));
    },

    async closeOutage(id, at, effects) {
      return db.$transaction(async (tx) => {
        const closed = await tx.outage.updateMany({ where: { id, closedAt: null }, data: { closedAt: at } });
        if (closed.count === 0) return null;
        const ids = await tx.ticket.findMany({ where: { outageId: id, state: { in: ["acknowledged", "in_progress", "pending", "held"] } }, select: { id: true }, orderBy: { createdAt: "asc" } });
        const resolved: TicketRecord[] = [];
        for (const { id: ticketId } of ids) {
          await tx.$queryRaw`SELECT 1 FROM "Ticket" WHERE id = ${ticketId}::uuid FOR UPDATE`;
          const current = (await loadInTx(tx, ticketId))!;
          await apply(tx, current, { action: "resolve", set: { cause: "outage", workDone: null } }, { kind: "system", userId: null }, at);
          const ticket = (await loadInTx(tx, ticketId))!;
          await effects?.(tx, ticket);
          resolved.push(ticket);
        }
        const outage = await tx.outage.findUnique({ where: { id }, select: outageSelect });
        if (!outage) throw notFound("outage");
        return { outage: toOutage(outage), resolved };
      });
    },
  };
}

/** Writes one command: lifecycle action (validated), field updates and log entries with consecutive seq. */
async function apply(tx: Tx, ticket: TicketRecord, change: TicketChange, author: Author, at: Date) {
  const next = change.action ? transition(ticket.state, change.action, { now: at, resolvedAt: ticket.resolvedAt ?? undefined }) : ticket.state;
  let seq = ticket.events.at(-1)?.seq ?? 0;
  const base = { ticketId: ticket.id, author: author.kind, authorUserId: author.userId, at };
  const rows: Prisma.TicketEventCreateManyInput[] = [];
  // The first staff touch is the answer the response clock waits for.
  const answered = ticket.events.some((e) => e.kind === "responded" || (e.kind === "status" && e.author !== "customer"));
  if (author.kind === "staff" && !answered) rows.push({ ...base, seq: ++seq, kind: "responded" });
  if (next !== ticket.state) rows.push({ ...base, seq: ++seq, kind: "status", toState: next });
  for (const e of change.events ?? []) {
    rows.push({ ...base, seq: ++seq, kind: e.kind, text: e.text ?? null, progress: e.progress ?? null, visitFrom: e.visit?.from ?? null, visitTo: e.visit?.to ?? null });
  }
  const attachments = change.attachments ?? [];
  if (attachments.length > 0) rows.push({ ...base, seq: ++seq, kind: "attachment" });
  const set = change.set ?? {};
  await tx.ticket.update({
    where: { id: ticket.id },
    data: {
      state: next,
      updatedAt: at,
      ...(next === "resolved" && ticket.state !== "resolved" ? { resolvedAt: at } : {}),
      ...("technicianId" in set ? { technicianId: set.technicianId } : {}),
      ...("visit" in set ? { visitFrom: set.visit?.from ?? null, visitTo: set.visit?.to ?? null } : {}),
      ...("cause" in set ? { cause: set.cause } : {}),
      ...("workDone" in set ? { workDone: set.workDone } : {}),
      ...("rating" in set ? { rating: set.rating } : {}),
      ...("ratingComment" in set ? { ratingComment: set.ratingComment } : {}),
    },
  });
  if (rows.length) await tx.ticketEvent.createMany({ data: rows });
  if (attachments.length > 0) {
    const uploadedById = author.userId;
    if (!uploadedById) throw new Error("an attachment needs the uploading user");
    await tx.ticketAttachment.createMany({ data: attachments.map((a) => ({ ...a, ticketId: ticket.id, eventSeq: seq, uploadedById, createdAt: at })) });
  }
}
