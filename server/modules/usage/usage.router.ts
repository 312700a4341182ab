import { createRouter } from "~/server/api/trpc";

export const usageRouter = createRouter({});
