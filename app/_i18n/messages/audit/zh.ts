import type { Catalogue } from "../types";
import type { audit as en } from "./en";

export const audit = {
  title: "审计日志",
  lead: "谁在何时为 {company} 做了什么：每项更改都会随之记录，且无法编辑或删除。",
  filters: "筛选日志",
  entity: "对象",
  allEntities: "全部对象",
  actor: "操作人",
  allActors: "所有人",
  from: "从",
  to: "至",
  apply: "显示",
  clear: "清除筛选",
  download: "下载 CSV",
  caption: "审计日志条目",
  at: "时间",
  email: "电子邮件",
  action: "操作",
  entityId: "对象 ID",
  details: "详情",
  system: "系统",
  count: "{count, plural, =0 {没有条目} other {# 条}}",
  empty: "没有符合这些筛选条件的条目。",
  badFilter: "筛选条件无效：日期请使用 YYYY-MM-DD 格式，对象和人员请从列表中选择。",
} satisfies Catalogue<typeof en>;
