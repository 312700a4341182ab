import type { Catalogue } from "../types";
import type { sla as en } from "./en";

export const sla = {
  title: "Панель SLA",
} satisfies Catalogue<typeof en>;
