// The repair system in memory: the same behaviour as the built-in one (contract.ts), for use-case
// tests without a database. `created` and `feed` let a test see what the portal asked for and was told.
import { randomUUID } from "node:crypto";
import { openStates, transition } from "~/server/domain/repair/lifecycle";
import type { SlaFlag } from "~/server/domain/repair/sla-sweep";
import type { EventOutbox } from "~/server/gateways/events";
import { conflict } from "~/server/lib/errors";
import { changeEvents, createdEvent, slaFlagEvent, type NewRepairEvent, type RepairEvent } from "./repair-events";
import type {
  AttachmentRecord,
  Author,
  Command,
  ListTicketsQuery,
  OutageRecord,
  RepairGateway,
  TechnicianRecord,
  TicketChange,
  TicketEventRecord,
  TicketFilter,
  TicketRecord,
} from "./repair-gateway";
import { measure } from "./simulated-line-test";

export type MemoryRepair = RepairGateway & { created: TicketRecord[]; events: RepairEvent[]; feed: EventOutbox<RepairEvent> };

const clone = <T>(v: T): T => structuredClone(v);

function visible(t: TicketRecord, filter: TicketFilter) {
  if ("scope" in filter)
    return t.customerId === filter.scope.customerId && (!filter.scope.serviceIds || filter.scope.serviceIds.includes(t.serviceId));
  if ("technicianId" in filter) return t.technician?.id === filter.technicianId;
  return true;
}

function matches(t: TicketRecord, q: ListTicketsQuery) {
  return (
    (!q.states || q.states.includes(t.state)) &&
    (!q.area || t.area === q.area) &&
    (!q.serviceKind || t.serviceKind === q.serviceKind) &&
    (!q.priority || t.priority === q.priority) &&
    (!q.ids || q.ids.includes(t.id))
  );
}

/** The same log the built-in system writes for a command (see postgres-repair-apply.ts). */
function applyChange(t: TicketRecord, change: TicketChange, author: Author, at: Date, names: Map<string, string>): TicketRecord {
  const next = change.action ? transition(t.state, change.action, { now: at, resolvedAt: t.resolvedAt ?? undefined }) : t.state;
  let seq = t.events.at(-1)?.seq ?? 0;
  const entry = (e: Partial<TicketEventRecord> & Pick<TicketEventRecord, "kind">): TicketEventRecord => ({
    seq: ++seq,
    toState: null,
    progress: null,
    text: null,
    visit: null,
    author: author.kind,
    authorUserId: author.userId,
    at,
    ...e,
  });
  const events = [...t.events];
  const answered = t.events.some((e) => e.kind === "responded" || (e.kind === "status" && e.author !== "customer"));
  if (author.kind === "staff" && !answered) events.push(entry({ kind: "responded" }));
  if (next !== t.state) events.push(entry({ kind: "status", toState: next }));
  for (const e of change.events ?? [])
    events.push(entry({ kind: e.kind, text: e.text ?? null, progress: e.progress ?? null, visit: e.visit ?? null }));
  if (change.attachments?.length) events.push(entry({ kind: "attachment" }));
  const set = change.set ?? {};
  const u: TicketRecord = { ...t, state: next, events };
  if (next === "resolved" && t.state !== "resolved") u.resolvedAt = at;
  if ("technicianId" in set) u.technician = set.technicianId ? { id: set.technicianId, name: names.get(set.technicianId) ?? "" } : null;
  if ("visit" in set) u.visit = set.visit ?? null;
  if ("cause" in set) u.cause = set.cause ?? null;
  if ("workDone" in set) u.workDone = set.workDone ?? null;
  if ("rating" in set) u.rating = set.rating ?? null;
  if ("ratingComment" in set) u.ratingComment = set.ratingComment ?? null;
  return u;
}

export function memoryRepair(
  seed: { tickets?: TicketRecord[]; technicians?: TechnicianRecord[]; outages?: OutageRecord[] } = {},
): MemoryRepair {
  const tickets = new Map((seed.tickets ?? []).map((t) => [t.id, clone(t)]));
  const technicians = seed.technicians ?? [];
  const names = new Map(technicians.map((t) => [t.id, t.name]));
  const outages = new Map((seed.outages ?? []).map((o) => [o.id, clone(o)]));
  const attachments: AttachmentRecord[] = [];
  const keys = new Map<string, { command: string; result: unknown }>();
  const flags = new Map<string, Set<SlaFlag>>();
  const events: RepairEvent[] = [];
  let delivered = 0;
  let number = 0;
  const created: TicketRecord[] = [];

  const emit = (es: NewRepairEvent[]) => events.push(...es.map((e) => ({ ...e, eventId: randomUUID() }) as RepairEvent));
  const outageOf = (id: string): OutageRecord => ({
    ...outages.get(id)!,
    linkedTickets: [...tickets.values()].filter((t) => t.outage?.id === id).length,
  });
  const read = (t: TicketRecord) => clone({ ...t, outage: t.outage ? outageOf(t.outage.id) : null });
  /** Runs a command once per key: a repeat gets `replay` of the first result. */
  function keyed<R>(command: Command | undefined, name: string, run: () => R, replay: (first: R) => R): R {
    const earlier = command && keys.get(command.key);
    if (earlier && earlier.command !== name) throw conflict("the idempotency key belongs to another command");
    if (earlier) return replay(earlier.result as R);
    const result = run();
    if (command) keys.set(command.key, { command: name, result });
    return result;
  }
  const findOpenOutage = async (area: string | null, kind: string) =>
    [...outages.values()]
      .filter((o) => o.area === area && o.serviceKind === kind && !o.closedAt)
      .sort((a, b) => +b.startedAt - +a.startedAt)[0] ?? null;

  const gateway: MemoryRepair = {
    created,
    events,
    feed: {
      async relay(send, limit = 50) {
        const batch = events.slice(delivered, delivered + limit);
        const sent = new Set(await send(clone(batch)));
        // In order: the feed stops at the first event not handed on.
        const n = batch.findIndex((e) => !sent.has(e.eventId));
        const count = n === -1 ? batch.length : n;
        delivered += count;
        return count;
      },
    },
    async lineTest(line, at) {
      const outage = await findOpenOutage(line.area, line.kind);
      const result = outage ? "outage" : line.status === "active" ? "ok" : "fault";
      return {
        serviceId: line.serviceId,
        result,
        testedAt: at,
        measurements: measure(line, result === "ok"),
        outage: outage && outageOf(outage.id),
      };
    },
    findOpenOutage: async (area, kind) => {
      const o = await findOpenOutage(area, kind);
      return o && outageOf(o.id);
    },
    openOutagesOver: async (sites) =>
      [...outages.values()]
        .filter((o) => !o.closedAt && sites.some((s) => s.area === o.area && s.kind === o.serviceKind))
        .map((o) => outageOf(o.id)),
    async createTicket({ at, outageId, ...t }, command) {
      const id = keyed(
        command,
        "createTicket",
        () => {
          const ticket: TicketRecord = {
            ...t,
            id: randomUUID(),
            number: `TT-${String(++number).padStart(6, "0")}`,
            state: "acknowledged",
            technician: null,
            visit: null,
            outage: outageId ? outageOf(outageId) : null,
            cause: null,
            workDone: null,
            rating: null,
            ratingComment: null,
            resolvedAt: null,
            createdAt: at,
            events: [
              {
                seq: 1,
                kind: "created",
                toState: "acknowledged",
                progress: null,
                author: "customer",
                authorUserId: t.reporterUserId,
                text: null,
                visit: null,
                at,
              },
            ],
          };
          tickets.set(ticket.id, ticket);
          created.push(read(ticket));
          emit([createdEvent(ticket, at)]);
          return ticket.id;
        },
        (first) => first,
      );
      return read(tickets.get(id)!);
    },
    getTicket: async (id, filter) => {
      const t = tickets.get(id);
      return t && visible(t, filter) ? read(t) : null;
    },
    async listTickets(filter, query, page) {
      const all = [...tickets.values()]
        .filter((t) => visible(t, filter) && matches(t, query))
        .sort((a, b) => +b.createdAt - +a.createdAt || b.number.localeCompare(a.number));
      return { items: all.slice(page.skip, page.skip + page.take).map(read), total: all.length };
    },
    listAllTickets: async (filter, query) =>
      [...tickets.values()]
        .filter((t) => visible(t, filter) && matches(t, query))
        .sort((a, b) => +a.createdAt - +b.createdAt)
        .map(read),
    async updateTicket(id, filter, author, at, decide, command) {
      const current = tickets.get(id);
      if (!current || !visible(current, filter)) return null;
      keyed(
        command,
        "updateTicket",
        () => {
          const change = decide(read(current));
          const updated = applyChange(current, change, author, at, names);
          for (const a of change.attachments ?? []) {
            attachments.push({
              ...a,
              id: randomUUID(),
              ticketId: id,
              eventSeq: updated.events.at(-1)!.seq,
              uploadedById: author.userId ?? "",
              createdAt: at,
            });
          }
          tickets.set(id, updated);
          emit(changeEvents(current, updated, change, at));
          return id;
        },
        (first) => first,
      );
      return read(tickets.get(id)!);
    },
    listAttachments: async (ticketId, filter) => {
      const t = tickets.get(ticketId);
      return t && visible(t, filter) ? attachments.filter((a) => a.ticketId === ticketId).map(clone) : null;
    },
    findAttachment: async (id, filter) => {
      const a = attachments.find((x) => x.id === id);
      return a && visible(tickets.get(a.ticketId)!, filter) ? clone(a) : null;
    },
    listTechnicians: async () =>
      technicians.map((t) => ({
        ...t,
        load: [...tickets.values()].filter((x) => x.technician?.id === t.id && openStates.includes(x.state)).length,
      })),
    listOutages: async (status) =>
      [...outages.values()]
        .filter((o) => status === "all" || (status === "open") === !o.closedAt)
        .sort((a, b) => +b.startedAt - +a.startedAt)
        .map((o) => outageOf(o.id)),
    async createOutage({ at, createdById: _by, ...o }, command) {
      const id = keyed(
        command,
        "createOutage",
        () => {
          const outage: OutageRecord = { ...o, id: randomUUID(), startedAt: at, closedAt: null, linkedTickets: 0 };
          outages.set(outage.id, outage);
          return outage.id;
        },
        (first) => first,
      );
      return outageOf(id);
    },
    async closeOutage(id, at, command) {
      const resolved = keyed(
        command,
        "closeOutage",
        () => {
          const outage = outages.get(id);
          if (!outage || outage.closedAt) return null;
          outage.closedAt = at;
          const linked = [...tickets.values()]
            .filter((t) => t.outage?.id === id && openStates.includes(t.state))
            .sort((a, b) => +a.createdAt - +b.createdAt);
          return linked.map((t) => {
            const change = { action: "resolve" as const, set: { cause: "outage", workDone: null } };
            const updated = applyChange(t, change, { kind: "system", userId: null }, at, names);
            tickets.set(t.id, updated);
            emit(changeEvents(t, updated, change, at));
            return t.id;
          });
        },
        (first) => first,
      );
      return resolved ? { outage: outageOf(id), resolved: resolved.map((t) => read(tickets.get(t)!)) } : null;
    },
    listSlaWatch: async (since) =>
      [...tickets.values()]
        .filter((t) => openStates.includes(t.state) || (t.events.at(-1)?.at ?? t.createdAt) >= since)
        .map((t) => ({
          id: t.id,
          number: t.number,
          tier: t.tier,
          priority: t.priority,
          technicianId: t.technician?.id ?? null,
          events: t.events.map(({ kind, toState, at }) => ({ kind, toState, at })),
          raised: [...(flags.get(t.id) ?? [])],
        })),
    async raiseSlaFlag(ticketId, flag, at) {
      const raised = flags.get(ticketId) ?? new Set<SlaFlag>();
      flags.set(ticketId, raised);
      if (raised.has(flag)) return false;
      raised.add(flag);
      emit([slaFlagEvent(tickets.get(ticketId)!, flag, at)]);
      return true;
    },
  };
  return gateway;
}
