import { createRouter, publicProcedure } from "~/server/api/trpc";
import { listDevMail } from "./devmail.service";

export const devMailboxRouter = createRouter({
  list: publicProcedure.query(({ ctx }) => listDevMail(ctx.deps)),
});
