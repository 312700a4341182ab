import type { Deps } from "~/server/container";
import { disputeDeps } from "~/server/modules/disputes/dispute-deps";
import { bankDeps, paymentsDeps } from "~/server/modules/payments/payment-deps";
import { deskRepository } from "./desk.repository";
import type { DeskDeps } from "./desk.service";

/** The desk reads the other areas' records through their own repositories, as their deps hand them out. */
export const deskDeps = (deps: Deps): DeskDeps => ({
  billing: deps.billing,
  clock: deps.clock,
  desk: deskRepository(deps.db),
  payments: paymentsDeps(deps).payments,
  disputes: disputeDeps(deps).disputes,
  bank: bankDeps(deps).bank,
});
