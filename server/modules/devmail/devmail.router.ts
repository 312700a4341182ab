import { createRouter, publicProcedure } from "~/server/api/trpc";
import { ListDevMailInput } from "./devmail.schemas";
import { listDevMail } from "./devmail.service";

export const devMailboxRouter = createRouter({
  list: publicProcedure.input(ListDevMailInput).query(({ ctx, input }) => listDevMail(ctx.deps, ctx.actor, input)),
});
