import { createRouter } from "~/server/api/trpc";

export const statementsRouter = createRouter({});
