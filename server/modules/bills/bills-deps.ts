// What the bill use cases run on: the billing system and the portal's cost centre names.
import type { Deps } from "~/server/container";
import { costCentres } from "./bills.repository";
import type { BillsDeps } from "./bills.service";

export const billsDeps = ({ billing, db }: Deps): BillsDeps => ({ billing, costCentres: costCentres(db) });
