import type { Catalogue } from "../types";
import type { paymentInstructions as en } from "./en";

export const paymentInstructions = {
  heading: "Платёжные реквизиты",
  lead: "Оплатите банковским переводом или отсканируйте QR-код в приложении своего банка.",
  account: "Номер счёта (IBAN)",
  bic: "BIC (SWIFT)",
  variableSymbol: "Вариабельный символ",
  amount: "Сумма к оплате",
  currency: "Валюта",
  dueDate: "Срок оплаты",
  symbolHint: "Всегда указывайте вариабельный символ: по нему мы относим платёж к этому счёту.",
  qr: "QR-платёж",
  qrLabel: "QR-код для оплаты",
  qrHint: "Отсканируйте его в банковском приложении: счёт, сумма и вариабельный символ заполнятся сами.",
} satisfies Catalogue<typeof en>;
