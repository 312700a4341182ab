import type { Catalogue } from "../types";
import type { paymentInstructions as en } from "./en";

export const paymentInstructions = {
  heading: "付款信息",
  lead: "请通过银行转账付款，或在银行应用中扫描二维码。",
  account: "账号（IBAN）",
  bic: "BIC（SWIFT）",
  variableSymbol: "可变符号（付款识别号）",
  amount: "应付金额",
  currency: "货币",
  dueDate: "付款截止日",
  symbolHint: "请务必填写可变符号：我们据此将您的付款与本账单对应。",
  qr: "二维码付款",
  qrLabel: "付款二维码",
  qrHint: "在银行应用中扫描：账号、金额和可变符号会自动填写。",
} satisfies Catalogue<typeof en>;
