// Texts of the payment details on a bill, its page and its PDF (English is the source; the other languages must match its shape).
export const paymentInstructions = {
  heading: "Payment details",
  lead: "Pay by bank transfer, or scan the QR code in your banking app.",
  account: "Account number (IBAN)",
  bic: "BIC (SWIFT)",
  variableSymbol: "Variable symbol",
  amount: "Amount due",
  currency: "Currency",
  dueDate: "Due date",
  symbolHint: "Please always give the variable symbol: it is how we match your payment to this bill.",
  qr: "QR payment",
  qrLabel: "QR payment code",
  qrHint: "Scan it in your banking app: the account, amount and variable symbol are filled in for you.",
};
