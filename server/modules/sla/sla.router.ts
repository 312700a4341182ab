import { createRouter } from "~/server/api/trpc";

export const slaRouter = createRouter({});
