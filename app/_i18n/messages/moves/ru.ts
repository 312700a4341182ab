import type { Catalogue } from "../types";
import type { moves as en } from "./en";

export const moves = {
  title: "Перенос на другой лицевой счёт",
  link: "Перенести на другой лицевой счёт",
  intro: "С периода {period} услуга будет выставляться на другой счёт. До этого она остаётся в своём счёте, и перенос можно отменить.",
  onlyAccount: "Это ваш единственный лицевой счёт, переносить услугу некуда. Если нужны отдельные счета, попросите нас открыть ещё один.",
  target: "Перенести на",
  showPreview: "Показать оба счёта",
  previewHeading: "Оба счёта за {period}, как если бы услуга уже была перенесена",
  previewNote: "Суммы на текущий момент с уже известными начислениями; реальные счета учтут ваш расход до конца периода.",
  afterMove: "{account} после переноса",
  services: "Услуги на этом счёте",
  noServices: "На этом счёте не останется услуг.",
  net: "Без НДС",
  total: "Итого на сейчас",
  confirm: "Перенести услугу",
  question: "Перенести {service} на {account} с периода {period}?",
  confirmLabel: "Да, перенести",
  scheduled: "Услуга перейдёт на {account} с периода {period}.",
  pending: "Переходит на {account} с периода {period}.",
  cancel: "Отменить перенос",
  cancelQuestion: "Отменить перенос {service} на {account}?",
  cancelConfirm: "Да, отменить",
  cancelled: "Перенос отменён.",
  back: "Назад к услуге",
} satisfies Catalogue<typeof en>;
