import type { Deps } from "~/server/container";
import { paymentsRepository } from "./payments.repository";
import type { PaymentsDeps } from "./payments.service";

export const paymentsDeps = ({ billing, db, cards, clock }: Deps): PaymentsDeps => ({
  billing,
  cards,
  clock,
  payments: paymentsRepository(db),
});
