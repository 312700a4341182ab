import { z } from "zod";

/** Every object id on the wire is a UUID; anything else is a validation error, not a lookup. */
export const Id = z.uuid();
export type Id = z.infer<typeof Id>;
