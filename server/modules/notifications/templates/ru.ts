import type { Templates } from "./types";

export const ru = {
  footer: "Вы получили это письмо согласно настройкам уведомлений: {appUrl}/settings/notifications",
  open: "Открыть на портале: {link}",
  kinds: {
    "account.profile-updated": {
      title: "Ваши контактные данные изменены",
      body: "Изменено: {fields}. Если это были не вы, немедленно свяжитесь с нами.",
    },
    "service.status-changed": {
      title:
        "Услуга {service}: новый статус {status, select, active {активна} suspended {приостановлена} terminated {отключена} " +
        "pending {ожидает подключения} other {{status}}}",
      body:
        "Статус услуги {service} изменён на {status, select, active {активна} suspended {приостановлена} terminated {отключена} " +
        "pending {ожидает подключения} other {{status}}}.",
    },
    "bill.issued": { title: "Счёт за {period} готов", body: "Сумма к оплате: {amount}." },
    "payment.received": { title: "Платёж получен", body: "Спасибо, мы получили {amount}." },
    "payment.autopay": {
      title: "{outcome, select, failed {Автоплатёж не прошёл} other {Автоплатёж {amount} {date}}}",
      body:
        "{outcome, select, failed {Не удалось списать {amount} с сохранённой карты. Оплатите счёт до {date}.} " +
        "other {Новый счёт на {amount} будет списан с основной карты {date}. Ничего делать не нужно.}}",
    },
    "order.updated": { title: "Заказ {order}: {stage}", body: "Ваш заказ {order} перешёл на этап: {stage}." },
    "ticket.updated": {
      title:
        "Заявка {ticket}: {status, select, acknowledged {принята} in_progress {в работе} pending {ждёт вашего ответа} held " +
        "{приостановлена} resolved {устранена} closed {закрыта} cancelled {отменена} rejected {отклонена} sla_at_risk {под " +
        "угрозой нарушения SLA} sla_breached {срок SLA нарушен} other {{status}}}",
      body:
        "Ваша заявка {ticket} теперь в статусе: {status, select, acknowledged {принята} in_progress {в работе} pending {ждёт " +
        "вашего ответа} held {приостановлена} resolved {устранена} closed {закрыта} cancelled {отменена} rejected {отклонена} " +
        "sla_at_risk {под угрозой нарушения SLA} sla_breached {срок SLA нарушен} other {{status}}}.",
    },
    "usage.threshold": {
      title: "{service}: израсходовано {percent}% пакета",
      body: "В этом периоде вы израсходовали {percent}% пакета услуги {service}.",
    },
    "usage.roaming": {
      title: "{service} в роуминге",
      body:
        "В этом периоде услуга {service} использовалась за границей. Роуминг в ЕС расходует пакет, за пределами ЕС оплачивается с " +
        "первой единицы.",
    },
    "bill.overdue": {
      title: "{step, select, 1 {Напоминание} 2 {Повторное напоминание} other {Последнее уведомление}}: счёт {bill} просрочен",
      body:
        "Сумма {amount} по счёту {bill} не оплачена в срок. {step, select, 3 {Если она не будет оплачена в течение 7 дней, услуги " +
        "могут быть приостановлены.} other {Пожалуйста, оплатите её или сообщите нам, если вы не согласны со счётом.}}",
    },
    "service.suspended": {
      title: "Услуги по счёту {account} ограничены из-за неоплаченных счетов",
      body:
        "Поскольку счета по лицевому счёту {account} не оплачены, ограничены следующие услуги: {services}. Звонки, включая " +
        "экстренные, работают. Оплатите задолженность или оформите рассрочку в портале — услуги восстановятся в течение нескольких минут.",
    },
    "service.restored": {
      title: "Услуги по счёту {account} снова доступны полностью",
      body: "Спасибо. Ограничения из-за неоплаченных счетов сняты с: {services}.",
    },
  },
} satisfies Templates;
