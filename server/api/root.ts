import { auditRouter } from "~/server/modules/audit/audit.router";
import { companyLinesRouter } from "~/server/modules/company-lines/company-lines.router";
import { movesRouter } from "~/server/modules/moves/moves.router";
import { billsRouter } from "~/server/modules/bills/bills.router";
import { companyRouter } from "~/server/modules/company/company.router";
import { costCentresRouter } from "~/server/modules/cost-centres/cost-centres.router";
import { collectionsRouter } from "~/server/modules/collections/collections.router";
import { bureauRouter, outagesRouter } from "~/server/modules/bureau/bureau.router";
import { dashboardRouter } from "~/server/modules/dashboard/dashboard.router";
import { disputesRouter } from "~/server/modules/disputes/disputes.router";
import { devMailboxRouter } from "~/server/modules/devmail/devmail.router";
import { accountRouter, meRouter, profileRouter, securityRouter } from "~/server/modules/identity/identity.router";
import { invitationRouter, membersRouter } from "~/server/modules/members/members.router";
import { cardsRouter } from "~/server/modules/payments/cards.router";
import { paymentsRouter } from "~/server/modules/payments/payments.router";
import { bankRouter } from "~/server/modules/payments/bank-statement/bank.router";
import { deskRouter } from "~/server/modules/staff-desk/desk.router";
import { ordersRouter } from "~/server/modules/orders/orders.router";
import { notificationsRouter } from "~/server/modules/notifications/notifications.router";
import { servicesRouter } from "~/server/modules/services/services.router";
import { slaRouter } from "~/server/modules/sla/sla.router";
import { statementsRouter } from "~/server/modules/statements/statements.router";
import { ticketsRouter } from "~/server/modules/tickets/tickets.router";
import { usageRouter } from "~/server/modules/usage/usage.router";
import { createCallerFactory, createRouter } from "./trpc";

export const appRouter = createRouter({
  me: meRouter,
  profile: profileRouter,
  account: accountRouter,
  security: securityRouter,
  services: servicesRouter,
  dashboard: dashboardRouter,
  notifications: notificationsRouter,
  devMailbox: devMailboxRouter,
  tickets: ticketsRouter,
  bureau: bureauRouter,
  outages: outagesRouter,
  bills: billsRouter,
  collections: collectionsRouter,
  moves: movesRouter,
  disputes: disputesRouter,
  payments: paymentsRouter,
  cards: cardsRouter,
  bank: bankRouter,
  desk: deskRouter,
  orders: ordersRouter,
  usage: usageRouter,
  statements: statementsRouter,
  sla: slaRouter,
  members: membersRouter,
  audit: auditRouter,
  companyLines: companyLinesRouter,
  costCentres: costCentresRouter,
  company: companyRouter,
  invitation: invitationRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
