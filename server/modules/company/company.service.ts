// The enterprise admin's company profile: the legal name, registration (IČO) and VAT (DIČ) numbers and postal address
// that bills print, and the billing contacts. A save is audited with the names of the fields it changed.
import type { CustomerActor } from "~/server/auth/principal";
import type { Deps } from "~/server/container";
import { inTransaction } from "~/server/db/transaction";
import { notFound } from "~/server/lib/errors";
import { audit } from "~/server/modules/audit/audit.service";
import * as repo from "./company.repository";
import type { CompanyProfileView, UpdateCompanyProfileInput } from "./company.schemas";

type Stored = NonNullable<Awaited<ReturnType<typeof repo.readProfile>>>;

const viewOf = (c: Stored): CompanyProfileView => ({
  legalName: c.name,
  companyId: c.companyId,
  vatId: c.vatId,
  address: c.address,
  billingContacts: c.billingContacts,
});

export async function companyProfile(deps: Deps, actor: CustomerActor): Promise<CompanyProfileView> {
  const c = await repo.readProfile(deps, actor.customerId);
  if (!c) throw notFound("company");
  return viewOf(c);
}

/** The input's fields whose values differ from what is stored. */
function changedFields(before: CompanyProfileView, after: UpdateCompanyProfileInput): string[] {
  const scalar = (["legalName", "companyId", "vatId", "address"] as const).filter((k) => (before[k] ?? null) !== (after[k] ?? null));
  const contacts =
    JSON.stringify(before.billingContacts) !==
    JSON.stringify(after.billingContacts.map(({ name, email, phone }) => ({ name, email, phone })));
  return contacts ? [...scalar, "billingContacts"] : scalar;
}

export async function updateCompanyProfile(deps: Deps, actor: CustomerActor, input: UpdateCompanyProfileInput) {
  return inTransaction(deps, async (tx) => {
    const stored = await repo.lockedProfile(tx, actor.customerId);
    if (!stored) throw notFound("company");
    const changed = changedFields(viewOf(stored), input);
    if (changed.length === 0) return { changed };
    const { legalName, companyId, vatId, address } = input;
    await repo.updateIdentity(tx, actor.customerId, { name: legalName, companyId, vatId, address });
    if (changed.includes("billingContacts")) await repo.replaceContacts(tx, actor.customerId, input.billingContacts);
    await audit(tx, {
      actorUserId: actor.userId,
      customerId: actor.customerId,
      action: "company.profile",
      entity: "company",
      entityId: actor.customerId,
      data: { fields: changed },
    });
    return { changed };
  });
}
