import { z } from "zod";
import { locales } from "~/server/lib/locales";
import { text } from "~/server/lib/text";

export const SignInInput = z.strictObject({
  email: z
    .email()
    .max(254)
    .transform((e) => e.toLowerCase()),
  password: z.string().min(1).max(200),
});
export type SignInInput = z.infer<typeof SignInInput>;

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{5,24}$/, { message: "Enter a phone number like +420 777 123 456" });

export const UpdateProfileInput = z.strictObject({
  name: text(120).pipe(z.string().min(1)),
  phone: z.union([phone, z.literal("").transform(() => null), z.null()]),
  locale: z.enum(locales),
});
export type UpdateProfileInput = z.infer<typeof UpdateProfileInput>;

export const SetLocaleInput = z.strictObject({ locale: z.enum(locales) });
export type SetLocaleInput = z.infer<typeof SetLocaleInput>;

export const MeView = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string(), phone: z.string().nullable(), locale: z.enum(locales) }),
  kind: z.enum(["customer", "staff"]),
  staffRole: z.enum(["dispatcher", "technician", "billing_agent"]).nullable(),
  customer: z
    .object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(["individual", "enterprise"]),
      segment: z.string(),
      slaTier: z.string(),
      role: z.string(),
    })
    .nullable(),
  isEnterpriseAdmin: z.boolean(),
  /** may see bills and payments (owner, admin or billing role) */
  canSeeBills: z.boolean(),
  customers: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(["individual", "enterprise"]), role: z.string() })),
});
export type MeView = z.infer<typeof MeView>;
