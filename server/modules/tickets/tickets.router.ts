import { z } from "zod";
import { createRouter, customerProcedure } from "~/server/api/trpc";
import {
  AddNoteInput,
  AttachmentView,
  ConfirmFixInput,
  GetTicketInput,
  LineTestInput,
  LineTestView,
  ListAttachmentsInput,
  ListTicketsInput,
  RateTicketInput,
  ReopenTicketInput,
  ReportFaultInput,
  ReportFaultView,
  ServiceOutageView,
  TicketPage,
  TicketView,
} from "./tickets.schemas";
import { ticketDeps } from "./ticket-deps";
import * as tickets from "./tickets.service";

export const ticketsRouter = createRouter({
  lineTest: customerProcedure
    .input(LineTestInput)
    .output(LineTestView)
    .mutation(({ ctx, input }) => tickets.lineTest(ticketDeps(ctx.deps), ctx.actor, input)),
  report: customerProcedure
    .input(ReportFaultInput)
    .output(ReportFaultView)
    .mutation(({ ctx, input }) => tickets.reportFault(ticketDeps(ctx.deps), ctx.actor, input)),
  list: customerProcedure
    .input(ListTicketsInput)
    .output(TicketPage)
    .query(({ ctx, input }) => tickets.listTickets(ticketDeps(ctx.deps), ctx.actor, input)),
  get: customerProcedure
    .input(GetTicketInput)
    .output(TicketView)
    .query(({ ctx, input }) => tickets.getTicket(ticketDeps(ctx.deps), ctx.actor, input)),
  addNote: customerProcedure
    .input(AddNoteInput)
    .output(TicketView)
    .mutation(({ ctx, input }) => tickets.addNote(ticketDeps(ctx.deps), ctx.actor, input)),
  confirm: customerProcedure
    .input(ConfirmFixInput)
    .output(TicketView)
    .mutation(({ ctx, input }) => tickets.confirmFix(ticketDeps(ctx.deps), ctx.actor, input)),
  reopen: customerProcedure
    .input(ReopenTicketInput)
    .output(TicketView)
    .mutation(({ ctx, input }) => tickets.reopenTicket(ticketDeps(ctx.deps), ctx.actor, input)),
  /** Open outages over the caller's services: the banner. */
  outagesOnMyServices: customerProcedure
    .output(z.array(ServiceOutageView))
    .query(({ ctx }) => tickets.outagesForCustomer(ticketDeps(ctx.deps), ctx.actor)),
  /** Files on one of the caller's tickets (uploads go through the multipart route, not JSON). */
  attachments: customerProcedure
    .input(ListAttachmentsInput)
    .output(z.array(AttachmentView))
    .query(({ ctx, input }) => tickets.listAttachments(ctx.deps, ctx.actor, input)),
  rate: customerProcedure
    .input(RateTicketInput)
    .output(TicketView)
    .mutation(({ ctx, input }) => tickets.rateTicket(ticketDeps(ctx.deps), ctx.actor, input)),
});
