import type { Templates } from "./types";

export const cs = {
  footer: "Tuto zprávu dostáváte podle svého nastavení oznámení na {appUrl}/settings/notifications",
  open: "Otevřít na portálu: {link}",
  kinds: {
    "account.profile-updated": {
      title: "Vaše kontaktní údaje byly změněny",
      body: "Změněno: {fields}. Pokud jste to nebyli vy, ihned nás kontaktujte.",
    },
    "service.status-changed": {
      title:
        "Služba {service} je nyní {status, select, active {aktivní} suspended {pozastavená} terminated {ukončená} pending {čeká " +
        "na aktivaci} other {{status}}}",
      body:
        "Stav služby {service} se změnil na {status, select, active {aktivní} suspended {pozastavená} terminated {ukončená} " +
        "pending {čeká na aktivaci} other {{status}}}.",
    },
    "bill.issued": { title: "Vyúčtování za {period} je připraveno", body: "Celková částka je {amount}." },
    "payment.received": { title: "Platba přijata", body: "Děkujeme, přijali jsme {amount}." },
    "payment.autopay": {
      title: "{outcome, select, failed {Automatická platba se nezdařila} other {Automatická platba {amount} dne {date}}}",
      body:
        "{outcome, select, failed {Částku {amount} se nepodařilo strhnout z uložené karty. Zaplaťte prosím vyúčtování do {date}.} " +
        "other {Nové vyúčtování {amount} strhneme z výchozí karty dne {date}. Nemusíte nic dělat.}}",
    },
    "order.updated": { title: "Objednávka {order}: {stage}", body: "Vaše objednávka {order} přešla do stavu: {stage}." },
    "ticket.updated": {
      title:
        "Požadavek {ticket}: {status, select, acknowledged {přijatý} in_progress {v řešení} pending {čeká na vás} held " +
        "{pozastavený} resolved {vyřešený} closed {uzavřený} cancelled {zrušený} rejected {zamítnutý} sla_at_risk {hrozí " +
        "nedodržení SLA} sla_breached {po termínu SLA} other {{status}}}",
      body:
        "Váš požadavek {ticket} je nyní ve stavu: {status, select, acknowledged {přijatý} in_progress {v řešení} pending {čeká na " +
        "vás} held {pozastavený} resolved {vyřešený} closed {uzavřený} cancelled {zrušený} rejected {zamítnutý} sla_at_risk {hrozí " +
        "nedodržení SLA} sla_breached {po termínu SLA} other {{status}}}.",
    },
    "usage.threshold": {
      title: "{service}: vyčerpáno {percent} % limitu",
      body: "V tomto období jste vyčerpali {percent} % limitu služby {service}.",
    },
    "usage.roaming": {
      title: "{service} je v roamingu",
      body:
        "Služba {service} byla v tomto období použita v zahraničí. Roaming v EU se čerpá z limitu, mimo EU se účtuje od první " +
        "jednotky.",
    },
    "bill.overdue": {
      title: "{step, select, 1 {Upomínka} 2 {Druhá upomínka} other {Poslední výzva}}: vyúčtování {bill} je po splatnosti",
      body:
        "Částka {amount} z vyúčtování {bill} je po splatnosti. {step, select, 3 {Pokud ji neuhradíte do 7 dnů, služby mohou být " +
        "omezeny.} other {Uhraďte ji prosím, nebo nám dejte vědět, pokud s vyúčtováním nesouhlasíte.}}",
    },
    "service.suspended": {
      title: "Služby na účtu {account} jsou kvůli neuhrazeným vyúčtováním omezeny",
      body:
        "Protože vyúčtování na účtu {account} zůstávají neuhrazena, jsou omezeny tyto služby: {services}. Hovory včetně tísňových " +
        "fungují dál. Uhraďte dlužnou částku nebo si v portálu sjednejte splátky a služby se do několika minut obnoví.",
    },
    "service.restored": {
      title: "Služby na účtu {account} jsou opět v plném rozsahu",
      body: "Děkujeme. Omezení kvůli neuhrazeným vyúčtováním bylo zrušeno u: {services}.",
    },
  },
} satisfies Templates;
