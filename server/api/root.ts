import { dashboardRouter } from "~/server/modules/dashboard/dashboard.router";
import { devMailboxRouter } from "~/server/modules/devmail/devmail.router";
import { meRouter, profileRouter } from "~/server/modules/identity/identity.router";
import { notificationsRouter } from "~/server/modules/notifications/notifications.router";
import { servicesRouter } from "~/server/modules/services/services.router";
import { createCallerFactory, createRouter } from "./trpc";

export const appRouter = createRouter({
  me: meRouter,
  profile: profileRouter,
  services: servicesRouter,
  dashboard: dashboardRouter,
  notifications: notificationsRouter,
  devMailbox: devMailboxRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
