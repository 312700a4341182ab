import { z } from "zod";

/** key: the mailbox key, for the view of everyone's mail. */
export const ListDevMailInput = z.strictObject({ key: z.string().max(200).optional() }).optional();
export type ListDevMailInput = z.infer<typeof ListDevMailInput>;
