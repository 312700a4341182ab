// The built-in repair system on PostgreSQL: tickets with their event log, technicians, outages,
// and a line test simulated from the line's state. Commands lock the ticket row, so two staff
// members acting at once are serialised and the log's seq stays gap-free; each writes its events
// to the feed (RepairEvent) and its key (RepairCommand) in the same transaction.
import type { Db, Tx } from "~/server/db/client";
import type { Prisma } from "~/server/db/generated/client";
import type { SlaFlagKind } from "~/server/db/generated/enums";
import { openStates } from "~/server/domain/repair/lifecycle";
import type { SlaFlag } from "~/server/domain/repair/sla-sweep";
import { notFound } from "~/server/lib/errors";
import { apply } from "./postgres-repair-apply";
import { emit as emitEvents, previousResult, recordResult } from "./postgres-repair-feed";
import { attachmentSelect, outageSelect, ticketInclude, toOutage, toRecords, whereOf } from "./postgres-repair-records";
import { changeEvents, createdEvent, slaFlagEvent, type NewRepairEvent } from "./repair-events";
import { measure } from "./simulated-line-test";
import type { RepairGateway, ServiceKind, TechnicianRecord, TicketRecord } from "./repair-gateway";

const toColumn = (flag: SlaFlag) => flag.replace(".", "_") as SlaFlagKind;
const fromColumn = (flag: SlaFlagKind) => flag.replace("_", ".") as SlaFlag;
const lockTicket = (tx: Tx, id: string) => tx.$queryRaw`SELECT 1 FROM "Ticket" WHERE id = ${id}::uuid FOR UPDATE`;

/**
 * `events: false` for history written in bulk (the demo world's seed, test worlds): it is not news,
 * so it goes to no feed and the portal tells nobody about it.
 */
export function createPostgresRepairGateway(db: Db, { events = true }: { events?: boolean } = {}): RepairGateway {
  const emit = (tx: Tx, es: NewRepairEvent[]) => (events ? emitEvents(tx, es) : Promise.resolve());
  const findOpenOutage = async (area: string | null, kind: ServiceKind) => {
    if (!area) return null;
    const row = await db.outage.findFirst({
      where: { area, serviceKind: kind, closedAt: null },
      orderBy: { startedAt: "desc" },
      select: outageSelect,
    });
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

    async createTicket(t, command) {
      return db.$transaction(async (tx) => {
        const earlier = await previousResult<{ ticketId: string }>(tx, command, "createTicket");
        if (earlier) return (await loadInTx(tx, earlier.ticketId))!;
        const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('ticket_number_seq') AS n`;
        const { at, ...fields } = t;
        const row = await tx.ticket.create({
          data: {
            ...fields,
            number: `TT-${String(n).padStart(6, "0")}`,
            createdAt: at,
            updatedAt: at,
            events: {
              create: { seq: 1, kind: "created", toState: "acknowledged", author: "customer", authorUserId: t.reporterUserId, at },
            },
          },
          select: { id: true },
        });
        const ticket = (await loadInTx(tx, row.id))!;
        await emit(tx, [createdEvent(ticket, at)]);
        await recordResult(tx, command, "createTicket", { ticketId: ticket.id });
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
        db.ticket.findMany({
          where,
          include: ticketInclude,
          orderBy: [{ createdAt: "desc" }, { number: "desc" }],
          skip: page.skip,
          take: page.take,
        }),
        db.ticket.count({ where }),
      ]);
      return { items: await toRecords(db, rows), total };
    },

    async listAllTickets(filter, query) {
      const rows = await db.ticket.findMany({ where: whereOf(filter, query), include: ticketInclude, orderBy: { createdAt: "asc" } });
      return toRecords(db, rows);
    },

    async updateTicket(id, filter, author, at, decide, command) {
      return db.$transaction(async (tx) => {
        const earlier = await previousResult<{ ticketId: string }>(tx, command, "updateTicket");
        // Lock first, then check the filter: a reassignment committed meanwhile is seen.
        await lockTicket(tx, id);
        const visible = await tx.ticket.findFirst({ where: { AND: [{ id }, whereOf(filter)] }, select: { id: true } });
        if (!visible) return null;
        if (earlier) return (await loadInTx(tx, earlier.ticketId))!;
        const current = (await loadInTx(tx, id))!;
        const change = decide(current);
        await apply(tx, current, change, author, at);
        const updated = (await loadInTx(tx, id))!;
        await emit(tx, changeEvents(current, updated, change, at));
        await recordResult(tx, command, "updateTicket", { ticketId: id });
        return updated;
      });
    },

    async listAttachments(ticketId, filter) {
      const visible = await db.ticket.findFirst({ where: { AND: [{ id: ticketId }, whereOf(filter)] }, select: { id: true } });
      if (!visible) return null;
      return db.ticketAttachment.findMany({
        where: { ticketId },
        select: attachmentSelect,
        orderBy: [{ eventSeq: "asc" }, { createdAt: "asc" }, { fileName: "asc" }],
      });
    },

    async findAttachment(id, filter) {
      return db.ticketAttachment.findFirst({ where: { AND: [{ id }, { ticket: whereOf(filter) }] }, select: attachmentSelect });
    },

    async listTechnicians() {
      const users = await db.user.findMany({
        where: { staffRole: "technician" },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      });
      const ids = users.map((u) => u.id);
      const [profiles, loads] = await Promise.all([
        db.technicianProfile.findMany({ where: { userId: { in: ids } } }),
        db.ticket.groupBy({
          by: ["technicianId"],
          where: { technicianId: { in: ids }, state: { in: [...openStates] } },
          _count: { _all: true },
        }),
      ]);
      return users.map((u): TechnicianRecord => {
        const profile = profiles.find((p) => p.userId === u.id);
        return {
          id: u.id,
          name: u.name,
          skills: profile?.skills ?? [],
          areas: profile?.areas ?? [],
          load: loads.find((l) => l.technicianId === u.id)?._count._all ?? 0,
        };
      });
    },

    async listOutages(status) {
      const where: Prisma.OutageWhereInput =
        status === "open" ? { closedAt: null } : status === "closed" ? { closedAt: { not: null } } : {};
      const rows = await db.outage.findMany({ where, select: outageSelect, orderBy: { startedAt: "desc" }, take: 500 });
      return rows.map(toOutage);
    },

    async createOutage({ at, ...o }, command) {
      return db.$transaction(async (tx) => {
        const earlier = await previousResult<{ outageId: string }>(tx, command, "createOutage");
        if (earlier) return toOutage(await tx.outage.findUniqueOrThrow({ where: { id: earlier.outageId }, select: outageSelect }));
        const outage = await tx.outage.create({ data: { ...o, startedAt: at }, select: outageSelect });
        await recordResult(tx, command, "createOutage", { outageId: outage.id });
        return toOutage(outage);
      });
    },

    async closeOutage(id, at, command) {
      return db.$transaction(async (tx) => {
        const earlier = await previousResult<{ resolved: string[] }>(tx, command, "closeOutage");
        let resolved: TicketRecord[] = [];
        if (earlier) {
          resolved = await toRecords(
            tx,
            await tx.ticket.findMany({ where: { id: { in: earlier.resolved } }, include: ticketInclude, orderBy: { createdAt: "asc" } }),
          );
        } else {
          const closed = await tx.outage.updateMany({ where: { id, closedAt: null }, data: { closedAt: at } });
          if (closed.count === 0) return null;
          const ids = await tx.ticket.findMany({
            where: { outageId: id, state: { in: [...openStates] } },
            select: { id: true },
            orderBy: { createdAt: "asc" },
          });
          for (const { id: ticketId } of ids) {
            await lockTicket(tx, ticketId);
            const current = (await loadInTx(tx, ticketId))!;
            const change = { action: "resolve" as const, set: { cause: "outage", workDone: null } };
            await apply(tx, current, change, { kind: "system", userId: null }, at);
            const ticket = (await loadInTx(tx, ticketId))!;
            await emit(tx, changeEvents(current, ticket, change, at));
            resolved.push(ticket);
          }
          await recordResult(tx, command, "closeOutage", { resolved: resolved.map((t) => t.id) });
        }
        const outage = await tx.outage.findUnique({ where: { id }, select: outageSelect });
        if (!outage) throw notFound("outage");
        return { outage: toOutage(outage), resolved };
      });
    },

    async listSlaWatch(since) {
      const rows = await db.ticket.findMany({
        where: { OR: [{ state: { in: [...openStates] } }, { updatedAt: { gte: since } }] },
        select: {
          id: true,
          number: true,
          tier: true,
          priority: true,
          technicianId: true,
          events: { select: { kind: true, toState: true, at: true }, orderBy: { seq: "asc" } },
          flags: { select: { flag: true } },
        },
      });
      return rows.map(({ flags, ...t }) => ({ ...t, raised: flags.map((f) => fromColumn(f.flag)) }));
    },

    async raiseSlaFlag(ticketId, flag, at) {
      return db.$transaction(async (tx) => {
        const inserted = await tx.$executeRaw`
          INSERT INTO "SlaFlag" ("ticketId", "flag", "raisedAt")
          VALUES (${ticketId}::uuid, ${toColumn(flag)}::"SlaFlagKind", ${at})
          ON CONFLICT DO NOTHING`;
        if (inserted === 0) return false;
        await emit(tx, [slaFlagEvent((await loadInTx(tx, ticketId))!, flag, at)]);
        return true;
      });
    },
  };
}
