import { z } from "zod";
import { createRouter, staffProcedure } from "~/server/api/trpc";
import {
  AttachmentView,
  CloseOutageInput,
  CloseOutageView,
  CloseTicketInput,
  CreateOutageInput,
  DispatchInput,
  GetTicketInput,
  ListAttachmentsInput,
  ListOutagesInput,
  OutageView,
  ProgressInput,
  QueueInput,
  QueuePage,
  StaffNoteInput,
  StaffTicketView,
  TechniciansInput,
  TechnicianView,
  WorklistInput,
} from "~/server/modules/tickets/tickets.schemas";
import { bureauDeps } from "./bureau-deps";
import * as bureau from "./bureau.service";

export const bureauRouter = createRouter({
  queue: staffProcedure("tickets.read-all")
    .input(QueueInput)
    .output(QueuePage)
    .query(({ ctx, input }) => bureau.queue(bureauDeps(ctx.deps), ctx.actor, input)),
  technicians: staffProcedure("tickets.dispatch")
    .input(TechniciansInput)
    .output(z.array(TechnicianView))
    .query(({ ctx, input }) => bureau.technicians(bureauDeps(ctx.deps), input)),
  dispatch: staffProcedure("tickets.dispatch")
    .input(DispatchInput)
    .output(StaffTicketView)
    .mutation(({ ctx, input }) => bureau.dispatch(bureauDeps(ctx.deps), ctx.actor, input)),
  cancel: staffProcedure("tickets.dispatch")
    .input(CloseTicketInput)
    .output(StaffTicketView)
    .mutation(({ ctx, input }) => bureau.cancelTicket(bureauDeps(ctx.deps), ctx.actor, input)),
  reject: staffProcedure("tickets.dispatch")
    .input(CloseTicketInput)
    .output(StaffTicketView)
    .mutation(({ ctx, input }) => bureau.rejectTicket(bureauDeps(ctx.deps), ctx.actor, input)),
  worklist: staffProcedure("tickets.work-assigned")
    .input(WorklistInput)
    .output(QueuePage)
    .query(({ ctx, input }) => bureau.worklist(bureauDeps(ctx.deps), ctx.actor, input)),
  get: staffProcedure("tickets.read-all", "tickets.work-assigned")
    .input(GetTicketInput)
    .output(StaffTicketView)
    .query(({ ctx, input }) => bureau.getTicket(bureauDeps(ctx.deps), ctx.actor, input)),
  attachments: staffProcedure("tickets.read-all", "tickets.work-assigned")
    .input(ListAttachmentsInput)
    .output(z.array(AttachmentView))
    .query(({ ctx, input }) => bureau.listAttachments(ctx.deps, ctx.actor, input)),
  progress: staffProcedure("tickets.work-assigned")
    .input(ProgressInput)
    .output(StaffTicketView)
    .mutation(({ ctx, input }) => bureau.progress(bureauDeps(ctx.deps), ctx.actor, input)),
  note: staffProcedure("tickets.read-all", "tickets.work-assigned")
    .input(StaffNoteInput)
    .output(StaffTicketView)
    .mutation(({ ctx, input }) => bureau.addStaffNote(bureauDeps(ctx.deps), ctx.actor, input)),
});

export const outagesRouter = createRouter({
  list: staffProcedure("outages.manage")
    .input(ListOutagesInput)
    .output(z.array(OutageView))
    .query(({ ctx, input }) => bureau.listOutages(bureauDeps(ctx.deps), input)),
  create: staffProcedure("outages.manage")
    .input(CreateOutageInput)
    .output(OutageView)
    .mutation(({ ctx, input }) => bureau.createOutage(bureauDeps(ctx.deps), ctx.actor, input)),
  close: staffProcedure("outages.manage")
    .input(CloseOutageInput)
    .output(CloseOutageView)
    .mutation(({ ctx, input }) => bureau.closeOutage(bureauDeps(ctx.deps), ctx.actor, input)),
});
