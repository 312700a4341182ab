import type { Catalogue } from "../types";
import type { sla as en } from "./en";

export const sla = {
  title: "SLA 仪表板",
} satisfies Catalogue<typeof en>;
