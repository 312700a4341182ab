import type { Catalogue } from "../types";
import type { audit as en } from "./en";

export const audit = {
  title: "Auditní záznam",
  lead: "Kdo co pro {company} udělal a kdy: každá změna se zapíše spolu s ní a nelze ji upravit ani smazat.",
  filters: "Filtrovat záznam",
  entity: "Objekt",
  allEntities: "Všechny objekty",
  actor: "Kdo",
  allActors: "Všichni",
  from: "Od",
  to: "Do",
  apply: "Zobrazit",
  clear: "Zrušit filtry",
  download: "Stáhnout CSV",
  caption: "Položky auditního záznamu",
  at: "Kdy",
  email: "E-mail",
  action: "Akce",
  entityId: "ID objektu",
  details: "Podrobnosti",
  system: "Systém",
  count: "{count, plural, =0 {Žádné položky} one {# položka} few {# položky} other {# položek}}",
  empty: "Filtrům neodpovídá žádná položka.",
  badFilter: "Tyto filtry nejsou platné: zadejte data ve tvaru RRRR-MM-DD a objekt i osobu vyberte ze seznamu.",
} satisfies Catalogue<typeof en>;
