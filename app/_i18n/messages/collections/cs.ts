import type { Catalogue } from "../types";
import type { collections as en } from "./en";

export const collections = {
  title: "Neuhrazená vyúčtování a splátkové kalendáře",
  link: "Neuhrazená vyúčtování, upomínky a splátky",
  overdueCount:
    "{count, plural, one {Jedno vyúčtování na tomto účtu je po splatnosti.} few {# vyúčtování na tomto účtu jsou " +
    "po splatnosti.} other {# vyúčtování na tomto účtu je po splatnosti.}}",
  lead: "Co je na účtu po splatnosti, jaké upomínky jsme poslali, co je omezeno a jak to napravit.",
  account: "Zákaznický účet",
  showAccount: "Zobrazit účet",
  overdue: "Po splatnosti",
  heldOut: "Pozastaveno kvůli reklamaci: {amount}",
  nothingOverdue: "Na tomto účtu není nic po splatnosti.",
  billsCaption: "Vyúčtování po splatnosti",
  columns: {
    bill: "Vyúčtování",
    due: "Splatnost",
    daysLate: "Dní po splatnosti",
    owed: "Dluží se",
    disputed: "Reklamováno",
    plan: "Splátky",
  },
  inPlan: "Ve splátkách",
  notInPlan: "—",
  pay: "Zaplatit vyúčtování {bill}",
  timeline: "Co se stalo",
  noEvents: "K tomuto účtu jsme neposlali žádné upomínky.",
  entries: {
    notice: "{step, select, 1 {Upomínka} 2 {Druhá upomínka} other {Poslední výzva}} k vyúčtování {bill}",
    suspension_due: "Dne {date} budou služby omezeny, pokud dlužná částka nebude uhrazena nebo nebudou sjednány splátky",
    suspended: "Služby omezeny kvůli neuhrazeným vyúčtováním: {services}",
    restored: "Služby obnoveny: {services}",
    arranged: "Sjednány splátky: {count} splátky",
    arrangement_kept: "Splátkový kalendář splacen",
    arrangement_broken: "Splátkový kalendář skončil: splátka nebyla uhrazena",
  },
  limitedNow: "Nyní omezeno",
  features: { roaming: "roaming", premium_numbers: "čísla se zvýšeným tarifem", tv_service: "televize" },
  serviceLimited: "{service}: nedostupné {features}",
  keeps: "Hovory včetně tísňových fungují dál. Uhraďte dlužnou částku nebo sjednejte splátky a vše se do několika minut obnoví.",
  plan: {
    heading: "Splátkový kalendář",
    paused: "Dokud splátky dodržujete, upomínky k zahrnutým vyúčtováním jsou pozastaveny a služby kvůli nim neomezíme.",
    status: "Stav: {status, select, active {aktivní} kept {splaceno} broken {skončil — splátka nebyla uhrazena} other {{status}}}",
    paid: "Dosud uhrazeno: {paid} z {total}",
    caption: "Splátky",
    columns: { seq: "Splátka", due: "Splatnost", amount: "Částka", state: "Stav" },
    states: { paid: "Uhrazeno", due: "Další na řadě", missed: "Neuhrazeno", upcoming: "Budoucí" },
    howToPay: "Každou splátku zaplaťte kartou z vyúčtování, nebo převodem s platebními údaji vyúčtování.",
  },
  offer: {
    heading: "Rozložit dlužnou částku",
    intro: "Zaplaťte {total} ve 2 nebo 3 měsíčních splátkách. Dokud splátky dodržujete, nedostáváte upomínky a služby nejsou omezeny.",
    count: "Počet splátek",
    option: "{count} splátky",
    preview: "Vaše splátky při {count} platbách",
    confirm: "Sjednat splátky",
    question:
      "Souhlasíte, že zaplatíte {total} v {count} splátkách v uvedených termínech? Pokud splátku " +
      "neuhradíte včas, kalendář skončí a upomínky pokračují.",
    confirmLabel: "Ano, sjednat",
    done: "Splátkový kalendář je sjednán.",
    reasons: {
      nothing_overdue: "Není co rozložit, nic není po splatnosti.",
      below_minimum: "Částky pod {minimum} se platí najednou.",
      broken_recently:
        "V posledních 12 měsících nebyl splátkový kalendář dodržen, nový proto nabídnout nemůžeme. Uhraďte prosím dlužnou částku.",
      already_arranged: "Na tomto účtu už je aktivní splátkový kalendář.",
    },
  },
  service: {
    suspended: "Pozastaveno",
    limited: "Omezeno",
    reason: "Kvůli neuhrazeným vyúčtováním od {date}",
    barred: "Nedostupné: {features}",
    resolve: "Zaplatit nebo sjednat splátky",
  },
} satisfies Catalogue<typeof en>;
