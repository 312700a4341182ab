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

export const PhoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{5,24}$/, { message: "Enter a phone number like +420 777 123 456" });

export const UpdateProfileInput = z.strictObject({
  name: text(120).pipe(z.string().min(1)),
  phone: z.union([PhoneNumber, z.literal("").transform(() => null), z.null()]),
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

// ── account access: e-mailed links, password, sign-ins ──

/** A new password: at least this long (the server also refuses common passwords). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
const newPassword = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);
/** A link's token as it comes from the address bar: its shape is judged by the service (a wrong one is "unknown"). */
const linkToken = z.string().max(200);

export const RequestLinkInput = z.strictObject({ email: SignInInput.shape.email });
export type RequestLinkInput = z.infer<typeof RequestLinkInput>;

/** The same answer whether or not the address has an account. */
export const LinkRequestedView = z.object({ sent: z.literal(true) });

export const linkStates = ["valid", "used", "expired", "unknown"] as const;
export const LinkStateView = z.object({ state: z.enum(linkStates) });
export type LinkStateView = z.infer<typeof LinkStateView>;

export const CheckLinkInput = z.strictObject({ token: linkToken, purpose: z.enum(["password_reset", "sign_in_link"]) });
export type CheckLinkInput = z.infer<typeof CheckLinkInput>;

export const ResetPasswordInput = z.strictObject({ token: linkToken, password: newPassword });
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;

export const ResetPasswordView = z.object({ state: z.enum(["changed", "used", "expired", "unknown"]) });
export type ResetPasswordView = z.infer<typeof ResetPasswordView>;

export const ChangePasswordInput = z.strictObject({ currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH), newPassword });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const SignInView = z.object({
  at: z.date(),
  ip: z.string(),
  method: z.enum(["password", "email_link"]),
  userAgent: z.string().nullable(),
});
export type SignInView = z.infer<typeof SignInView>;
