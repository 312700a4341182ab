// The portal's view of the repair system, shaped after TMF621 Trouble Ticket (+ a line test and
// outages, TMF656-ish). The built-in implementation is postgres-repair-gateway.ts; a TMF adapter
// can replace it behind the same contract (contract.ts). Lifecycle rules live in server/domain/repair
// and are enforced here. No portal transaction spans a command: commands are idempotent by a
// caller-supplied key, and what the portal does about a change comes from the event feed (repair-events.ts).
import type { Scope } from "~/server/auth/scope";
import type { TicketAction, TicketState } from "~/server/domain/repair/lifecycle";
import type { Priority, Tier } from "~/server/domain/repair/sla-policy";
import type { SlaFlag } from "~/server/domain/repair/sla-sweep";

export type ServiceKind = "mobile" | "fixed_voice" | "broadband" | "tv";
export type ProgressStep = "on_the_way" | "on_site" | "fixed" | "second_visit";
export type AuthorKind = "customer" | "staff" | "system";
export type TicketEventKind = "created" | "responded" | "status" | "note" | "assigned" | "visit" | "progress" | "attachment";

/** What the repair system needs to know about the line under test (the portal owns the inventory). */
export interface LineUnderTest {
  serviceId: string;
  kind: ServiceKind;
  status: "pending" | "active" | "suspended" | "terminated";
  area: string | null;
}

export interface OutageRecord {
  id: string;
  area: string;
  serviceKind: ServiceKind;
  title: string;
  startedAt: Date;
  estimatedEnd: Date | null;
  closedAt: Date | null;
  linkedTickets: number;
}

export interface LineTestResult {
  serviceId: string;
  result: "ok" | "fault" | "outage";
  testedAt: Date;
  measurements: { name: string; value: number; unit: string }[];
  outage: OutageRecord | null;
}

export interface TicketEventRecord {
  seq: number;
  kind: TicketEventKind;
  toState: TicketState | null;
  progress: ProgressStep | null;
  author: AuthorKind;
  authorUserId: string | null;
  /** Public note, visible to the customer. */
  text: string | null;
  visit: { from: Date; to: Date } | null;
  at: Date;
}

export interface TicketRecord {
  id: string;
  number: string;
  customerId: string;
  serviceId: string;
  serviceKind: ServiceKind;
  area: string | null;
  tier: Tier;
  reporterUserId: string;
  category: string;
  description: string;
  visitPreference: string | null;
  contactPhone: string | null;
  priority: Priority;
  state: TicketState;
  technician: { id: string; name: string } | null;
  visit: { from: Date; to: Date } | null;
  outage: OutageRecord | null;
  cause: string | null;
  workDone: string | null;
  rating: number | null;
  ratingComment: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
  /** In log order (seq). */
  events: TicketEventRecord[];
}

export type NewTicket = Pick<
  TicketRecord,
  | "customerId"
  | "serviceId"
  | "serviceKind"
  | "area"
  | "tier"
  | "reporterUserId"
  | "category"
  | "description"
  | "visitPreference"
  | "contactPhone"
  | "priority"
> & { outageId: string | null; at: Date };

/** An event the caller adds; seq, author and time come from the change (attachments bring their own). */
export type NewEvent = Pick<Partial<TicketEventRecord>, "text" | "progress" | "visit"> & {
  kind: Exclude<TicketEventKind, "created" | "status" | "responded" | "attachment">;
};

/** A file on a ticket; the bytes are in the blob store under blobRef. */
export interface AttachmentRecord {
  id: string;
  ticketId: string;
  /** The "attachment" event that announced it. */
  eventSeq: number;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  blobRef: string;
  uploadedById: string;
  createdAt: Date;
}

export type NewAttachment = Pick<AttachmentRecord, "fileName" | "contentType" | "size" | "sha256" | "blobRef">;

/** What one command does to a ticket: an optional lifecycle action, field updates and log entries. */
export interface TicketChange {
  action?: TicketAction;
  set?: Partial<{
    technicianId: string | null;
    visit: { from: Date; to: Date } | null;
    cause: string | null;
    workDone: string | null;
    rating: number;
    ratingComment: string | null;
  }>;
  events?: NewEvent[];
  /** Files stored beforehand; logged as one "attachment" event, after the other events. */
  attachments?: NewAttachment[];
}

export interface Author {
  kind: AuthorKind;
  userId: string | null;
}

/** Which tickets a read may see: a customer scope, a technician's assignments, or all (staff with read-all). */
export type TicketFilter = { scope: Scope } | { technicianId: string } | { all: true };

export interface ListTicketsQuery {
  states?: readonly TicketState[];
  area?: string;
  serviceKind?: ServiceKind;
  priority?: Priority;
  /** Only these tickets (a portal record's links, e.g. disputes). */
  ids?: readonly string[];
}

/**
 * The caller's idempotency key: a retry with the same key returns the first result and changes nothing.
 * Without one the command is not deduplicated (seeds, one-off scripts); the portal always passes one.
 */
export interface Command {
  key: string;
}

/** What the SLA watch needs of a ticket: its clock inputs and the flags already raised. */
export interface SlaWatchTicket {
  id: string;
  number: string;
  tier: Tier;
  priority: Priority;
  technicianId: string | null;
  events: Pick<TicketEventRecord, "kind" | "toState" | "at">[];
  raised: SlaFlag[];
}

export interface TechnicianRecord {
  id: string;
  name: string;
  skills: ServiceKind[];
  areas: string[];
  load: number;
}

export interface RepairGateway {
  /** Simulated or real line test; an open outage on the line's area and kind wins over the line's own state. */
  lineTest(line: LineUnderTest, at: Date): Promise<LineTestResult>;
  findOpenOutage(area: string | null, kind: ServiceKind): Promise<OutageRecord | null>;
  /** Open outages over any of these (area, kind) pairs. */
  openOutagesOver(sites: { area: string; kind: ServiceKind }[]): Promise<OutageRecord[]>;
  createTicket(ticket: NewTicket, command?: Command): Promise<TicketRecord>;
  /** null when absent or outside the filter: the caller answers NOT_FOUND either way. */
  getTicket(id: string, filter: TicketFilter): Promise<TicketRecord | null>;
  /** Newest first, paged. */
  listTickets(
    filter: TicketFilter,
    query: ListTicketsQuery,
    page: { skip: number; take: number },
  ): Promise<{ items: TicketRecord[]; total: number }>;
  /** Every ticket matching, unpaged (the bureau's queue sorts by SLA risk, which is computed). */
  listAllTickets(filter: TicketFilter, query: ListTicketsQuery): Promise<TicketRecord[]>;
  /**
   * Applies a command under a row lock: `decide` sees the current ticket and returns the change
   * (or throws a DomainError). The action goes through lifecycle.transition (INVALID_STATE).
   * null when the ticket is absent or outside the filter. A repeated key returns the ticket as it is, without deciding again.
   */
  updateTicket(
    id: string,
    filter: TicketFilter,
    author: Author,
    at: Date,
    decide: (ticket: TicketRecord) => TicketChange,
    command?: Command,
  ): Promise<TicketRecord | null>;
  /** Oldest first; null when the ticket is absent or outside the filter. */
  listAttachments(ticketId: string, filter: TicketFilter): Promise<AttachmentRecord[] | null>;
  /** null when absent or its ticket is outside the filter. */
  findAttachment(id: string, filter: TicketFilter): Promise<AttachmentRecord | null>;
  listTechnicians(): Promise<TechnicianRecord[]>;
  listOutages(status: "open" | "closed" | "all"): Promise<OutageRecord[]>;
  createOutage(
    outage: { area: string; serviceKind: ServiceKind; title: string; estimatedEnd: Date | null; createdById: string; at: Date },
    command?: Command,
  ): Promise<OutageRecord>;
  /** Closes the outage and resolves its linked open tickets (a state-change event each). null = no such open outage. */
  closeOutage(id: string, at: Date, command?: Command): Promise<{ outage: OutageRecord; resolved: TicketRecord[] } | null>;
  /** Open tickets, and those changed since `since` (a late fix is still reported), with their raised SLA flags. */
  listSlaWatch(since: Date): Promise<SlaWatchTicket[]>;
  /** Raises a flag once per ticket, announced as an attribute change (slaFlagEvent): true only for the call that raised it. */
  raiseSlaFlag(ticketId: string, flag: SlaFlag, at: Date): Promise<boolean>;
}
