import type { Templates } from "./types";

export const zh = {
  footer: "您收到此邮件是因为您在 {appUrl}/settings/notifications 的通知设置",
  open: "在门户中打开：{link}",
  kinds: {
    "account.profile-updated": { title: "您的联系信息已更改", body: "已更改：{fields}。如果这不是您本人操作，请立即联系我们。" },
    "service.status-changed": {
      title:
        "服务 {service} 现在为 {status, select, active {正常} suspended {已暂停} terminated {已终止} pending {待开通} other {{status}}}",
      body: "{service} 的状态已变更为 {status, select, active {正常} suspended {已暂停} terminated {已终止} pending {待开通} other {{status}}}。",
    },
    "bill.issued": { title: "您 {period} 的账单已出", body: "总金额为 {amount}。" },
    "payment.received": { title: "已收到付款", body: "谢谢，我们已收到 {amount}。" },
    "payment.autopay": {
      title: "{outcome, select, failed {自动付款未成功} other {将于 {date} 自动付款 {amount}}}",
      body: "{outcome, select, failed {未能从已保存的卡扣款 {amount}。请在 {date} 前支付账单。} other {新账单 {amount} 将于 {date} 从默认卡扣款，您无需操作。}}",
    },
    "order.updated": { title: "订单 {order}：{stage}", body: "您的订单 {order} 已进入：{stage}。" },
    "ticket.updated": {
      title:
        "工单 {ticket}：{status, select, acknowledged {已受理} in_progress {处理中} pending {等待您的回复} held {已挂起} resolved {已修复} closed " +
        "{已关闭} cancelled {已取消} rejected {已拒绝} sla_at_risk {即将超出 SLA 时限} sla_breached {已超出 SLA 时限} other {{status}}}",
      body:
        "您的工单 {ticket} 当前状态：{status, select, acknowledged {已受理} in_progress {处理中} pending {等待您的回复} held {已挂起} resolved {已修复} " +
        "closed {已关闭} cancelled {已取消} rejected {已拒绝} sla_at_risk {即将超出 SLA 时限} sla_breached {已超出 SLA 时限} other {{status}}}。",
    },
    "usage.threshold": { title: "{service}：已使用 {percent}% 的套餐额度", body: "本期您已使用 {service} 套餐额度的 {percent}%。" },
    "usage.roaming": {
      title: "{service} 正在漫游",
      body: "本期 {service} 在境外使用。欧盟内漫游计入套餐额度；欧盟外漫游从第一个单位起计费。",
    },
    "bill.overdue": {
      title: "{step, select, 1 {提醒} 2 {再次提醒} other {最后通知}}：账单 {bill} 已逾期",
      body: "账单 {bill} 的 {amount} 已超过付款期限。{step, select, 3 {如 7 天内仍未付款，您的服务可能会被暂停。} other {请尽快付款；如对账单有异议，请告诉我们。}}",
    },
    "service.suspended": {
      title: "账户 {account} 的服务因账单未付而受限",
      body: "由于账户 {account} 的账单仍未支付，以下服务已受限：{services}。通话（包括紧急呼叫）不受影响。在门户中付清逾期金额或设立分期付款计划后，服务将在几分钟内恢复。",
    },
    "service.restored": {
      title: "账户 {account} 的服务已全部恢复",
      body: "谢谢。因未付账单而设的限制已从以下服务解除：{services}。",
    },
  },
} satisfies Templates;
