import { z } from "zod";
import { barrableFeatures, suspensionReasons } from "~/server/domain/billing/suspension";
import { Id } from "~/server/lib/ids";
import { PageInput, PageOf } from "~/server/lib/pagination";
import { text } from "~/server/lib/text";

export const serviceKinds = ["mobile", "fixed_voice", "broadband", "tv"] as const;
const serviceStatuses = ["pending", "active", "suspended", "terminated"] as const;
export const ServiceKind = z.enum(serviceKinds);
export type ServiceKind = z.infer<typeof ServiceKind>;

export const ListServicesInput = PageInput.extend({
  q: text(100).optional(),
  kind: ServiceKind.optional(),
  status: z.enum(serviceStatuses).optional(),
}).strict();
export type ListServicesInput = z.infer<typeof ListServicesInput>;

export const GetServiceInput = z.strictObject({ id: Id });
export type GetServiceInput = z.infer<typeof GetServiceInput>;

export const ServiceView = z.object({
  id: z.string(),
  kind: ServiceKind,
  identifier: z.string(),
  label: z.string().nullable(),
  status: z.enum(serviceStatuses),
  plan: z.object({ code: z.string(), name: z.string(), monthlyFeeMinor: z.number().int(), currency: z.string() }),
  installationAddress: z.string().nullable(),
  costCentre: z.object({ code: z.string(), name: z.string() }).nullable(),
  assignedTo: z.string().nullable(),
  billingAccount: z.object({ id: z.string(), number: z.string(), name: z.string() }),
  activatedAt: z.date().nullable(),
  /** Limited by the billing system for unpaid bills: what is barred, since when, why (null: nothing is). */
  suspension: z
    .object({ reason: z.enum(suspensionReasons), since: z.date(), barred: z.array(z.enum(barrableFeatures)), wholeService: z.boolean() })
    .nullable(),
});
export type ServiceView = z.infer<typeof ServiceView>;

export const ServicePage = PageOf(ServiceView);
