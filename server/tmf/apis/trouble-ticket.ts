// TMF621 Trouble Ticket v4 over the repair system: list, get, report (POST) and status changes (PATCH).
import { randomUUID } from "node:crypto";
import type { TicketFilter } from "~/server/gateways/repair/repair-gateway";
import { notFound } from "~/server/lib/errors";
import { ticketDeps } from "~/server/modules/tickets/ticket-deps";
import { reportFault } from "~/server/modules/tickets/use-cases/report-fault";
import { ReportFaultInput } from "~/server/modules/tickets/tickets.schemas";
import { customerOf } from "../clients/api-clients.repository";
import { actorFor, callerScope } from "../clients/caller-scope";
import { filterValue } from "../kit/query";
import type { JsonObject, TmfApi, TmfContext } from "../kit/tmf-api";
import { loadSpec } from "../kit/spec-source";
import { badRequest } from "../kit/tmf-error";
import { actionTo, stateOfStatus, TICKETS, troubleTicketOf } from "./trouble-ticket-mapping";

const filterOf = (ctx: TmfContext): TicketFilter => {
  const scope = callerScope(ctx.caller);
  return scope ? { scope } : { all: true };
};

type Ref = { id?: unknown; "@referredType"?: unknown };
const refsOf = (body: JsonObject, key: string): Ref[] => (Array.isArray(body[key]) ? (body[key] as Ref[]) : []);

/** The service the fault is on: the relatedEntity (or relatedParty-free) reference of type Service. */
function serviceRef(body: JsonObject): string {
  const ref = refsOf(body, "relatedEntity").find((r) => typeof r["@referredType"] === "string" && /service$/i.test(r["@referredType"]));
  if (!ref || typeof ref.id !== "string") throw badRequest("relatedEntity must name the affected service (@referredType Service)");
  return ref.id;
}

async function create(ctx: TmfContext, body: JsonObject) {
  const deps = ticketDeps({ ...ctx.deps, clock: { now: () => ctx.now } });
  const serviceId = serviceRef(body);
  const input = ReportFaultInput.safeParse({ serviceId, category: body.ticketType, description: body.description });
  if (!input.success) throw badRequest(input.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
  let customer = ctx.caller.customer;
  if (!customer) {
    const owner = (await deps.facts.servicesById([serviceId])).get(serviceId);
    customer = owner ? await customerOf(ctx.deps.db, owner.customerId) : null;
    if (!customer) throw notFound("service");
  }
  const { ticket } = await reportFault(deps, actorFor(ctx.caller, customer), input.data);
  const record = await ctx.deps.repair.getTicket(ticket.id, { scope: { customerId: customer.id, serviceIds: null } });
  return troubleTicketOf(ctx, record!);
}

async function patch(ctx: TmfContext, id: string, body: JsonObject) {
  const other = Object.keys(body).filter((k) => k !== "status");
  if (other.length) throw badRequest(`only status can be changed here, not ${other.join(", ")}`);
  if (typeof body.status !== "string") throw badRequest("status must be a TroubleTicketStatusType");
  const target = stateOfStatus(body.status);
  if (!target) throw badRequest(`unknown status ${body.status}`);
  const customer = ctx.caller.customer !== null;
  const author = { kind: customer ? ("customer" as const) : ("staff" as const), userId: ctx.caller.actingUserId };
  const key = ctx.idempotencyKey ? `tmf:${ctx.caller.clientId}:${ctx.idempotencyKey}` : randomUUID();
  const updated = await ctx.deps.repair.updateTicket(
    id,
    filterOf(ctx),
    author,
    ctx.now,
    (t) => ({ action: actionTo(t, target, ctx.now, customer) }),
    { key },
  );
  return updated && troubleTicketOf(ctx, updated);
}

export const troubleTicketApi: TmfApi = {
  get spec() {
    return loadSpec("TMF621-TroubleTicket-v4.0.0.swagger.json");
  },
  collections: {
    [TICKETS]: {
      async list(ctx, query) {
        const state = stateOfStatus(filterValue(query, "status") ?? "");
        const tickets = await ctx.deps.repair.listAllTickets(filterOf(ctx), state ? { states: [state] } : {});
        return tickets.map((t) => troubleTicketOf(ctx, t));
      },
      async get(ctx, id) {
        const t = await ctx.deps.repair.getTicket(id, filterOf(ctx));
        return t && troubleTicketOf(ctx, t);
      },
      createSchema: "TroubleTicket_Create",
      create,
      patchSchema: "TroubleTicket_Update",
      patch,
    },
  },
};
