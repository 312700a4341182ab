import type { Catalogue } from "../types";
import type { home as en } from "./en";

export const home = {
  dueTitle: "К оплате",
  dueNothing: "По счёту {account} задолженности нет.",
  dueAmount: "{amount} к оплате по счёту {account}",
  dueBy: "Оплатить до {date}",
  overdueSince: "Просрочено с {date}",
  inCredit: "Переплата {amount} по счёту {account}.",
  pay: "Оплатить",
  payBill: "Оплатить счёт {bill}",
  latestTitle: "Последний счёт",
  latestTotal: "Счёт {bill} за {period}: {amount}",
  latestMore: "На {amount} больше, чем за {period}",
  latestLess: "На {amount} меньше, чем за {period}",
  latestSame: "Столько же, сколько за {period}",
  latestFirst: "Ваш первый счёт: сравнивать пока не с чем.",
  allowanceTitle: "Остаток в этом периоде",
  left: "Осталось {left} из {allowance}",
  unlimited: "Без ограничений",
  shareOfBill: "{amount} в счёте за {period}",
  order: "Заказ {number}: следующий этап — {milestone} до {date}",
  orderDone: "Заказ {number}: завершается",
  milestones: { acknowledged: "приём", configuration: "настройка", activation: "активация", completed: "завершение" },
  ticket: "Ремонт {number}: {state}",
  ticketDue: "срок устранения {date}",
  ticketBreached: "срок устранения истёк {date}",
  suspended: "Эта линия приостановлена.",
  outageOnLine: "Авария: {title}",
  attentionTitle: "Требует вашего внимания",
  attentionEmpty: "Ничего не требует вашего внимания.",
  attentionKinds: {
    overdue_bill: "Счёт {title} просрочен",
    usage_alert: "Использовано {percent} % пакета ({title}) на {service}",
    ticket_waiting: "Ремонт {title} на {service} ждёт вашего ответа",
    fix_to_confirm: "Подтвердите устранение неисправности {title} на {service}",
    outage: "Авария: {title}",
    invitation_pending: "Приглашение для {title} ещё не принято",
  },
  usageKinds: { voice: "минуты", sms: "SMS", data: "интернет" },
  outageTitle: "Авария в вашем районе",
  outageText: "{title} ({area}) затрагивает {services}.",
  outageFix: "Ожидаемое время устранения: {date}.",
  outageNoFix: "Время устранения пока неизвестно.",
  outageHere: "{title} ({area}) затрагивает эту услугу.",
  spendTitle: "Расходы по центрам затрат",
  spendCaption: "Счёт за {period} по центрам затрат в сравнении с {previous}",
  spendCaptionFirst: "Счёт за {period} по центрам затрат",
  costCentre: "Центр затрат",
  noCostCentre: "Без центра затрат",
  allLinesLink: "Все линии ({total})",
  slaTitle: "SLA в этом месяце",
  slaCompliance: "Устранено в срок: {share}",
  slaResponded: "Реакция в срок: {share}",
  slaBreaches: "{count, plural, =0 {Нарушений нет} one {# нарушение} few {# нарушения} many {# нарушений} other {# нарушения}}",
  slaLink: "Панель SLA",
  linesTitle: "Ваши линии",
  staff: {
    title: "Ваша очередь",
    open:
      "{count, plural, =0 {Нет открытых заявок} one {# открытая заявка} few {# открытые заявки} many {# открытых " +
      "заявок} other {# открытой заявки}}",
    unassigned:
      "{count, plural, =0 {Нет заявок без исполнителя} one {# ждёт назначения} few {# ждут назначения} many {# ждут " +
      "назначения} other {# ждут назначения}}",
    atRisk:
      "{count, plural, =0 {Нет заявок под угрозой нарушения SLA} one {# под угрозой нарушения SLA} few {# под " +
      "угрозой нарушения SLA} many {# под угрозой нарушения SLA} other {# под угрозой нарушения SLA}}",
    breached:
      "{count, plural, =0 {Нет просроченных по SLA} one {# просрочена по SLA} few {# просрочены по SLA} many {# " +
      "просрочены по SLA} other {# просрочены по SLA}}",
    waiting:
      "{count, plural, =0 {Нет заявок, ждущих клиента} one {# ждёт клиента} few {# ждут клиента} many {# ждут " +
      "клиента} other {# ждут клиента}}",
    nextTitle: "Ближайшие сроки",
    nextEmpty: "Ни у одной заявки не идёт срок.",
    ticket: "{number}: {customer}",
    due: "устранить до {date}",
    overdue: "устранение просрочено с {date}",
    queueLink: "Вся очередь",
    assigned:
      "{count, plural, =0 {Вам не назначено работ} one {# работа назначена вам} few {# работы назначены вам} many {# " +
      "работ назначено вам} other {# работы назначено вам}}",
    todayCount:
      "{count, plural, =0 {Сегодня нет выездов} one {# выезд сегодня} few {# выезда сегодня} many {# выездов " +
      "сегодня} other {# выезда сегодня}}",
    todayTitle: "Выезды сегодня",
    todayEmpty: "На сегодня выездов не запланировано.",
    visit: "{from}–{to}",
    worklistLink: "Все ваши работы",
    disputes:
      "{count, plural, =0 {Нет споров для решения} one {# спор для решения} few {# спора для решения} many {# споров " +
      "для решения} other {# спора для решения}}",
    credits:
      "{count, plural, =0 {Нет банковских поступлений без счёта} one {# банковское поступление без счёта} few {# " +
      "банковских поступления без счёта} many {# банковских поступлений без счёта} other {# банковского поступления " +
      "без счёта}}",
    refunds: "Вернуть платёж по карте",
    disputesTitle: "Самые старые споры",
    dispute: "{bill}: {line}",
  },
} satisfies Catalogue<typeof en>;
