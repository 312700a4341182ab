import type { Catalogue } from "../types";
import type { moves as en } from "./en";

export const moves = {
  title: "转移到其他账户",
  link: "转移到其他账户",
  intro: "自 {period} 起，该服务将计入另一个账户。在此之前仍计入原账单，您可以取消转移。",
  onlyAccount: "这是您唯一的账户，无法转移该服务。如需分开账单，请联系我们开立新账户。",
  target: "转移到",
  showPreview: "查看两份账单",
  previewHeading: "假设服务已转移，{period} 的两份账单",
  previewNote: "为本期截至目前的金额（含已知费用）；实际账单将按您到期末的用量计算。",
  afterMove: "转移后的 {account}",
  services: "该账户上的服务",
  noServices: "该账户上将没有任何服务。",
  net: "不含增值税",
  total: "截至目前合计",
  confirm: "转移服务",
  question: "自 {period} 起将 {service} 转移到 {account}？",
  confirmLabel: "是的，转移",
  scheduled: "该服务将自 {period} 起转移到 {account}。",
  pending: "将自 {period} 起转移到 {account}。",
  cancel: "取消转移",
  cancelQuestion: "取消将 {service} 转移到 {account}？",
  cancelConfirm: "是的，取消",
  cancelled: "转移已取消。",
  back: "返回服务",
} satisfies Catalogue<typeof en>;
