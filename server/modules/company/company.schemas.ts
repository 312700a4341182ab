import { z } from "zod";
import { text } from "~/server/lib/text";
import { PhoneNumber, SignInInput } from "~/server/modules/identity/identity.schemas";

export const MAX_BILLING_CONTACTS = 10;

/** Czech IČO: 8 digits, the last a check digit of the first seven weighted 8…2, modulo 11. */
export function validCompanyId(ico: string): boolean {
  if (!/^\d{8}$/.test(ico)) return false;
  const sum = [...ico.slice(0, 7)].reduce((s, d, i) => s + Number(d) * (8 - i), 0);
  const r = sum % 11;
  const check = r === 0 ? 1 : r === 1 ? 0 : 11 - r;
  return Number(ico[7]) === check;
}

const compact = (s: string) => s.replace(/\s+/g, "");

export const CompanyIdNumber = z
  .string()
  .transform(compact)
  .pipe(z.string().refine(validCompanyId, { message: "Enter the 8-digit registration number (IČO) with its check digit" }));
/** DIČ: "CZ" and 8 to 10 digits; empty when the company is not registered for VAT. */
export const VatIdNumber = z.union([
  z
    .string()
    .transform((s) => compact(s).toUpperCase())
    .pipe(z.string().regex(/^CZ\d{8,10}$/, { message: "Enter the VAT number as CZ and 8 to 10 digits" })),
  z.literal("").transform(() => null),
  z.null(),
]);

export const BillingContactInput = z.strictObject({
  name: text(120).pipe(z.string().min(1)),
  email: SignInInput.shape.email,
  phone: PhoneNumber,
});
export type BillingContactInput = z.infer<typeof BillingContactInput>;

export const UpdateCompanyProfileInput = z.strictObject({
  legalName: text(200).pipe(z.string().min(1)),
  companyId: CompanyIdNumber,
  vatId: VatIdNumber,
  address: text(400).pipe(z.string().min(1)),
  billingContacts: z.array(BillingContactInput).min(1).max(MAX_BILLING_CONTACTS),
});
export type UpdateCompanyProfileInput = z.infer<typeof UpdateCompanyProfileInput>;

export const CompanyProfileView = z.object({
  legalName: z.string(),
  companyId: z.string().nullable(),
  vatId: z.string().nullable(),
  address: z.string().nullable(),
  billingContacts: z.array(z.object({ name: z.string(), email: z.string(), phone: z.string() })),
});
export type CompanyProfileView = z.infer<typeof CompanyProfileView>;

export const UpdatedCompanyProfileView = z.object({ changed: z.array(z.string()) });
