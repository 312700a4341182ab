import type { Deps } from "~/server/container";
import { bankRepository } from "./bank-statement/bank.repository";
import { cardsRepository } from "./cards.repository";
import type { CardsDeps } from "./cards.service";
import { paymentsRepository } from "./payments.repository";
import type { PaymentsDeps } from "./payments.service";
import type { BankDeps } from "./use-cases/import-statement";

export const paymentsDeps = ({ billing, db, cards, clock }: Deps): PaymentsDeps => ({
  billing,
  cards,
  clock,
  payments: paymentsRepository(db),
  saved: cardsRepository(db),
});

export const cardsDeps = ({ billing, db, cards, clock }: Deps): CardsDeps => ({ billing, cards, clock, saved: cardsRepository(db) });

export const bankDeps = ({ billing, clock, db }: Deps): BankDeps => ({ billing, clock, bank: bankRepository(db) });
