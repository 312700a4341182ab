import type { Catalogue } from "../types";
import type { paymentInstructions as en } from "./en";

export const paymentInstructions = {
  heading: "Platební údaje",
  lead: "Zaplaťte bankovním převodem, nebo naskenujte QR kód ve své bankovní aplikaci.",
  account: "Číslo účtu (IBAN)",
  bic: "BIC (SWIFT)",
  variableSymbol: "Variabilní symbol",
  amount: "Částka k úhradě",
  currency: "Měna",
  dueDate: "Splatnost",
  symbolHint: "Vždy prosím uveďte variabilní symbol: podle něj platbu přiřadíme k tomuto vyúčtování.",
  qr: "QR platba",
  qrLabel: "QR kód pro platbu",
  qrHint: "Naskenujte ho v bankovní aplikaci: účet, částka i variabilní symbol se vyplní samy.",
} satisfies Catalogue<typeof en>;
