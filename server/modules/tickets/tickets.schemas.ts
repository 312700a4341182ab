// Wire contracts of fault reports, the repair bureau and outages (customer and staff screens).
import { z } from "zod";
import { ticketStates } from "~/server/domain/repair/lifecycle";
import { priorities, tiers } from "~/server/domain/repair/sla-policy";
import { Id } from "~/server/lib/ids";
import { PageInput, PageOf } from "~/server/lib/pagination";
import { text } from "~/server/lib/text";
import { ServiceKind } from "~/server/modules/services/services.schemas";

// ── vocabulary ─────────────────────────────────────────────────────────────────────────────────────

/** What a customer may report, per kind of service (the form offers only these). */
export const faultCategories = {
  mobile: ["no_service", "no_data", "slow_data", "call_quality", "sms", "other"],
  fixed_voice: ["no_dial_tone", "noise", "cannot_call_out", "cannot_receive", "other"],
  broadband: ["no_service", "slow", "intermittent", "wifi", "other"],
  tv: ["no_picture", "no_sound", "channels_missing", "set_top_box", "other"],
} as const satisfies Record<ServiceKind, readonly string[]>;
export type FaultCategoryOf<K extends ServiceKind> = (typeof faultCategories)[K][number];

/** Billing complaints are tickets too, opened from a bill line ("dispute this line"), never from the fault form. */
export const DISPUTE_CATEGORY = "billing_dispute";
type AnyCategory = FaultCategoryOf<ServiceKind> | typeof DISPUTE_CATEGORY;
const allCategories = [...new Set<AnyCategory>([...Object.values(faultCategories).flat(), DISPUTE_CATEGORY])] as [
  AnyCategory,
  ...AnyCategory[],
];
export const FaultCategory = z.enum(allCategories);
export type FaultCategory = z.infer<typeof FaultCategory>;

export const TicketState = z.enum(ticketStates);
export type TicketState = z.infer<typeof TicketState>;
export const Priority = z.enum(priorities);
export type Priority = z.infer<typeof Priority>;
export const SlaTier = z.enum(tiers);
export const Area = text(60).pipe(z.string().min(1));

const progressSteps = ["on_the_way", "on_site", "fixed", "second_visit"] as const;
export const ProgressStep = z.enum(progressSteps);
export type ProgressStep = z.infer<typeof ProgressStep>;

const timelineKinds = ["created", "responded", "status", "note", "assigned", "visit", "progress", "attachment"] as const;
const authorKinds = ["customer", "staff", "system"] as const;

// ── customer inputs ────────────────────────────────────────────────────────────────────────────────

export const LineTestInput = z.strictObject({ serviceId: Id });
export type LineTestInput = z.infer<typeof LineTestInput>;

export const ReportFaultInput = z.strictObject({
  serviceId: Id,
  /** Must be one of faultCategories[service kind]; otherwise VALIDATION on "category". */
  category: FaultCategory,
  description: text(2000).pipe(z.string().min(5)),
  /** When a technician may come, in the customer's words ("weekdays after 4 pm"). */
  visitPreference: text(200).optional(),
  contactPhone: text(40).optional(),
});
export type ReportFaultInput = z.infer<typeof ReportFaultInput>;

export const ListTicketsInput = PageInput.extend({
  /** open = acknowledged/in progress/pending/held; done = resolved/closed/cancelled/rejected. */
  status: z.enum(["open", "done", "all"]).default("all"),
}).strict();
export type ListTicketsInput = z.infer<typeof ListTicketsInput>;

export const GetTicketInput = z.strictObject({ ticketId: Id });
export type GetTicketInput = z.infer<typeof GetTicketInput>;

export const AddNoteInput = z.strictObject({ ticketId: Id, text: text(2000).pipe(z.string().min(1)) });
export type AddNoteInput = z.infer<typeof AddNoteInput>;

export const ConfirmFixInput = z.strictObject({ ticketId: Id });
export type ConfirmFixInput = z.infer<typeof ConfirmFixInput>;

export const ReopenTicketInput = z.strictObject({ ticketId: Id, reason: text(2000).pipe(z.string().min(1)) });
export type ReopenTicketInput = z.infer<typeof ReopenTicketInput>;

export const RateTicketInput = z.strictObject({
  ticketId: Id,
  rating: z.number().int().min(1).max(5),
  comment: text(1000).optional(),
});
export type RateTicketInput = z.infer<typeof RateTicketInput>;

// ── staff inputs ───────────────────────────────────────────────────────────────────────────────────

export const QueueInput = PageInput.extend({
  area: Area.optional(),
  kind: ServiceKind.optional(),
  priority: Priority.optional(),
}).strict();
export type QueueInput = z.infer<typeof QueueInput>;

export const WorklistInput = PageInput.strict();
export type WorklistInput = z.infer<typeof WorklistInput>;

export const DispatchInput = z
  .strictObject({ ticketId: Id, technicianId: Id, visitFrom: z.date(), visitTo: z.date() })
  .refine((v) => !(v.visitFrom instanceof Date) || !(v.visitTo instanceof Date) || v.visitTo > v.visitFrom, {
    message: "The visit must end after it starts",
    path: ["visitTo"],
  });
export type DispatchInput = z.infer<typeof DispatchInput>;

/** Dispatcher closes a ticket without a repair: cancel (duplicate, withdrawn) or reject (no fault of ours). */
export const CloseTicketInput = z.strictObject({ ticketId: Id, reason: text(500).pipe(z.string().min(1)) });
export type CloseTicketInput = z.infer<typeof CloseTicketInput>;

/** With a ticket: each technician's eligibility for it. */
export const TechniciansInput = z.strictObject({ ticketId: Id.optional() });
export type TechniciansInput = z.infer<typeof TechniciansInput>;

/** on_the_way | on_site | fixed (cause + workDone required) | second_visit (note = why). */
export const ProgressInput = z
  .strictObject({
    ticketId: Id,
    step: ProgressStep,
    cause: text(500).optional(),
    workDone: text(2000).optional(),
    note: text(2000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.step !== "fixed") return;
    if (!v.cause) ctx.addIssue({ code: "custom", message: "Say what caused the fault", path: ["cause"] });
    if (!v.workDone) ctx.addIssue({ code: "custom", message: "Say what was done", path: ["workDone"] });
  });
export type ProgressInput = z.infer<typeof ProgressInput>;

/** A public note by staff; askCustomer = the ticket waits on the customer (pending). */
export const StaffNoteInput = z.strictObject({
  ticketId: Id,
  text: text(2000).pipe(z.string().min(1)),
  askCustomer: z.boolean().default(false),
});
export type StaffNoteInput = z.infer<typeof StaffNoteInput>;

export const ListOutagesInput = z.strictObject({ status: z.enum(["open", "closed", "all"]).default("open") });
export type ListOutagesInput = z.infer<typeof ListOutagesInput>;

export const CreateOutageInput = z.strictObject({
  area: Area,
  serviceKind: ServiceKind,
  title: text(200).pipe(z.string().min(1)),
  estimatedEnd: z.date().optional(),
});
export type CreateOutageInput = z.infer<typeof CreateOutageInput>;

export const CloseOutageInput = z.strictObject({ outageId: Id });
export type CloseOutageInput = z.infer<typeof CloseOutageInput>;

// ── views ──────────────────────────────────────────────────────────────────────────────────────────

export const ClockView = z.object({
  targetMinutes: z.number(),
  elapsedMinutes: z.number(),
  remainingMinutes: z.number(),
  dueAt: z.date(),
  paused: z.boolean(),
  stopped: z.boolean(),
  atRisk: z.boolean(),
  breached: z.boolean(),
  metAt: z.date().nullable(),
});
export type ClockView = z.infer<typeof ClockView>;

export const ClocksView = z.object({
  tier: SlaTier,
  calendar: z.enum(["cz-business-hours", "24x7"]),
  response: ClockView,
  resolution: ClockView,
});
export type ClocksView = z.infer<typeof ClocksView>;

export const OutageView = z.object({
  id: z.string(),
  area: z.string(),
  serviceKind: ServiceKind,
  title: z.string(),
  startedAt: z.date(),
  estimatedEnd: z.date().nullable(),
  closedAt: z.date().nullable(),
  linkedTickets: z.number().int(),
});
export type OutageView = z.infer<typeof OutageView>;

export const LineTestView = z.object({
  serviceId: z.string(),
  /** ok = line healthy; fault = a fault on this line (report it); outage = a known outage covers it. */
  result: z.enum(["ok", "fault", "outage"]),
  testedAt: z.date(),
  measurements: z.array(z.object({ name: z.string(), value: z.number(), unit: z.string() })),
  outage: OutageView.nullable(),
});
export type LineTestView = z.infer<typeof LineTestView>;

export const TimelineEntry = z.object({
  seq: z.number().int(),
  kind: z.enum(timelineKinds),
  author: z.enum(authorKinds),
  toState: TicketState.nullable(),
  progress: ProgressStep.nullable(),
  text: z.string().nullable(),
  visit: z.object({ from: z.date(), to: z.date() }).nullable(),
  at: z.date(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

const ServiceRef = z.object({ kind: ServiceKind, identifier: z.string(), label: z.string().nullable() });

/** What customer and staff views share; no customer, service or user ids (staff see many tenants). */
const TicketCore = z.object({
  id: z.string(),
  number: z.string(),
  service: ServiceRef,
  category: FaultCategory,
  description: z.string(),
  priority: Priority,
  state: TicketState,
  visitPreference: z.string().nullable(),
  contactPhone: z.string().nullable(),
  technician: z.object({ name: z.string() }).nullable(),
  visit: z.object({ from: z.date(), to: z.date() }).nullable(),
  outage: OutageView.nullable(),
  cause: z.string().nullable(),
  workDone: z.string().nullable(),
  rating: z.number().int().nullable(),
  ratingComment: z.string().nullable(),
  createdAt: z.date(),
  resolvedAt: z.date().nullable(),
  timeline: z.array(TimelineEntry),
  clocks: ClocksView,
});

export const TicketView = TicketCore.extend({
  serviceId: z.string(),
  /** What the customer may do now (buttons). */
  can: z.object({ addNote: z.boolean(), confirm: z.boolean(), reopen: z.boolean(), rate: z.boolean() }),
  /** Last instant a resolved ticket may be reopened. */
  reopenUntil: z.date().nullable(),
});
export type TicketView = z.infer<typeof TicketView>;

export const ReportFaultView = z.object({
  ticket: TicketView,
  /** Set when a known outage covers the service: the ticket is linked to it. */
  outage: OutageView.nullable(),
});
export type ReportFaultView = z.infer<typeof ReportFaultView>;

export const TicketSummaryView = z.object({
  id: z.string(),
  number: z.string(),
  serviceId: z.string(),
  service: ServiceRef,
  category: FaultCategory,
  priority: Priority,
  state: TicketState,
  createdAt: z.date(),
  resolvedAt: z.date().nullable(),
  outageId: z.string().nullable(),
  /** The resolution clock, the one that matters in a list. */
  resolution: ClockView,
  responseBreached: z.boolean(),
});
export type TicketSummaryView = z.infer<typeof TicketSummaryView>;

export const TicketPage = PageOf(TicketSummaryView);

/** A queue row: who the customer is (by name), where, who works it, how close the breach is. */
export const QueueItemView = TicketSummaryView.omit({ serviceId: true }).extend({
  customerName: z.string(),
  tier: SlaTier,
  area: z.string().nullable(),
  technician: z.object({ id: z.string(), name: z.string() }).nullable(),
  visit: z.object({ from: z.date(), to: z.date() }).nullable(),
  /** Share of the resolution target used (1 = breached); the queue is sorted by it, highest first. */
  risk: z.number(),
});
export type QueueItemView = z.infer<typeof QueueItemView>;
export const QueuePage = PageOf(QueueItemView);

export const StaffTicketView = TicketCore.extend({
  customerName: z.string(),
  tier: SlaTier,
  area: z.string().nullable(),
  installationAddress: z.string().nullable(),
  technicianId: z.string().nullable(),
});
export type StaffTicketView = z.infer<typeof StaffTicketView>;

export const TechnicianView = z.object({
  id: z.string(),
  name: z.string(),
  skills: z.array(ServiceKind),
  areas: z.array(z.string()),
  /** Open tickets assigned now. */
  load: z.number().int(),
  /** Why they may not take the asked-for ticket (missing skill, area not covered); empty = eligible or no ticket asked. */
  ineligible: z.array(z.enum(["skill", "area"])),
});
export type TechnicianView = z.infer<typeof TechnicianView>;

export const CloseOutageView = OutageView.extend({ resolvedTickets: z.number().int() });
export type CloseOutageView = z.infer<typeof CloseOutageView>;

/** An open outage over some of the caller's services (the banner on the services and tickets pages). */
export const ServiceOutageView = OutageView.extend({ serviceIds: z.array(z.string()) });
export type ServiceOutageView = z.infer<typeof ServiceOutageView>;

// ── attachments ───────────────────────────────────────────────────────────────────────────────────

export const ListAttachmentsInput = z.strictObject({ ticketId: Id });
export type ListAttachmentsInput = z.infer<typeof ListAttachmentsInput>;

/** A file on a ticket; `eventSeq` ties it to its timeline entry. No uploader id (staff see many tenants). */
export const AttachmentView = z.object({
  id: z.string(),
  eventSeq: z.number().int(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  createdAt: z.date(),
});
export type AttachmentView = z.infer<typeof AttachmentView>;
