import type { Catalogue } from "../types";
import type { home as en } from "./en";

export const home = {
  dueTitle: "K úhradě",
  dueNothing: "Na účtu {account} nic nedlužíte.",
  dueAmount: "{amount} k úhradě na účtu {account}",
  dueBy: "Splatné do {date}",
  overdueSince: "Po splatnosti od {date}",
  inCredit: "Přeplatek {amount} na účtu {account}.",
  pay: "Zaplatit",
  payBill: "Zaplatit vyúčtování {bill}",
  latestTitle: "Poslední vyúčtování",
  latestTotal: "Vyúčtování {bill} za {period}: {amount}",
  latestMore: "O {amount} více než {period}",
  latestLess: "O {amount} méně než {period}",
  latestSame: "Stejně jako {period}",
  latestFirst: "Vaše první vyúčtování: zatím není s čím srovnávat.",
  allowanceTitle: "Zbývá v tomto období",
  left: "Zbývá {left} z {allowance}",
  unlimited: "Neomezeně",
  shareOfBill: "{amount} ve vyúčtování za {period}",
  order: "Objednávka {number}: další krok {milestone} do {date}",
  orderDone: "Objednávka {number}: dokončuje se",
  milestones: { acknowledged: "přijetí", configuration: "nastavení", activation: "aktivace", completed: "dokončení" },
  ticket: "Oprava {number}: {state}",
  ticketDue: "oprava do {date}",
  ticketBreached: "oprava po termínu od {date}",
  suspended: "Tato linka je pozastavena.",
  outageOnLine: "Výpadek: {title}",
  attentionTitle: "Vyžaduje vaši pozornost",
  attentionEmpty: "Nic nevyžaduje vaši pozornost.",
  attentionKinds: {
    overdue_bill: "Vyúčtování {title} je po splatnosti",
    usage_alert: "Vyčerpáno {percent} % limitu ({title}) na {service}",
    ticket_waiting: "Oprava {title} na {service} čeká na vaši odpověď",
    fix_to_confirm: "Potvrďte opravu {title} na {service}",
    outage: "Výpadek: {title}",
    invitation_pending: "Pozvánka pro {title} zatím nebyla přijata",
  },
  usageKinds: { voice: "minuty", sms: "SMS", data: "data" },
  outageTitle: "Výpadek ve vaší oblasti",
  outageText: "{title} ({area}) postihuje {services}.",
  outageFix: "Oprava se očekává do {date}.",
  outageNoFix: "Čas opravy zatím není znám.",
  outageHere: "{title} ({area}) postihuje tuto službu.",
  spendTitle: "Útrata podle nákladových středisek",
  spendCaption: "Vyúčtování za {period} podle nákladových středisek vedle {previous}",
  spendCaptionFirst: "Vyúčtování za {period} podle nákladových středisek",
  costCentre: "Nákladové středisko",
  noCostCentre: "Bez nákladového střediska",
  allLinesLink: "Všech {total} linek",
  slaTitle: "SLA tento měsíc",
  slaCompliance: "Vyřešeno v termínu: {share}",
  slaResponded: "Reakce v termínu: {share}",
  slaBreaches: "{count, plural, =0 {Žádné porušení} one {# porušení} few {# porušení} other {# porušení}}",
  slaLink: "Přehled SLA",
  linesTitle: "Vaše linky",
  staff: {
    title: "Vaše fronta",
    open: "{count, plural, =0 {Žádné otevřené tikety} one {# otevřený tiket} few {# otevřené tikety} other {# otevřených tiketů}}",
    unassigned:
      "{count, plural, =0 {Nic nečeká na přidělení} one {# čeká na přidělení} few {# čekají na přidělení} other {# " +
      "čeká na přidělení}}",
    atRisk:
      "{count, plural, =0 {Žádný nehrozí porušením SLA} one {# hrozí porušením SLA} few {# hrozí porušením SLA} " +
      "other {# hrozí porušením SLA}}",
    breached: "{count, plural, =0 {Žádný po termínu SLA} one {# po termínu SLA} few {# po termínu SLA} other {# po termínu SLA}}",
    waiting:
      "{count, plural, =0 {Nic nečeká na zákazníka} one {# čeká na zákazníka} few {# čekají na zákazníka} other {# " +
      "čeká na zákazníka}}",
    nextTitle: "Nejbližší termíny",
    nextEmpty: "Žádnému tiketu neběží lhůta.",
    ticket: "{number}: {customer}",
    due: "oprava do {date}",
    overdue: "oprava po termínu od {date}",
    queueLink: "Celá fronta",
    assigned:
      "{count, plural, =0 {Nemáte přidělenou práci} one {# přidělená zakázka} few {# přidělené zakázky} other {# " +
      "přidělených zakázek}}",
    todayCount: "{count, plural, =0 {Dnes žádné návštěvy} one {# návštěva dnes} few {# návštěvy dnes} other {# návštěv dnes}}",
    todayTitle: "Dnešní návštěvy",
    todayEmpty: "Na dnešek nejsou naplánované žádné návštěvy.",
    visit: "{from}–{to}",
    worklistLink: "Všechny vaše zakázky",
    disputes:
      "{count, plural, =0 {Žádné reklamace k rozhodnutí} one {# reklamace k rozhodnutí} few {# reklamace k " +
      "rozhodnutí} other {# reklamací k rozhodnutí}}",
    credits:
      "{count, plural, =0 {Žádné bankovní platby bez faktury} one {# bankovní platba bez faktury} few {# bankovní " +
      "platby bez faktury} other {# bankovních plateb bez faktury}}",
    refunds: "Vrátit platbu kartou",
    disputesTitle: "Nejstarší reklamace",
    dispute: "{bill}: {line}",
  },
} satisfies Catalogue<typeof en>;
