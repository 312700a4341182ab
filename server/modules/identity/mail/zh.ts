import type { AccountMailTexts } from "./types";

export const zh: AccountMailTexts = {
  password_reset: {
    subject: "重置您的密码",
    body:
      "有人（可能是您本人）申请重置您账户的密码。\n\n" +
      "请在 30 分钟内通过以下链接设置新密码：\n{link}\n\n" +
      "该链接只能使用一次。如果不是您本人申请，请忽略此邮件，您的密码不会改变。",
  },
  sign_in_link: {
    subject: "您的登录链接",
    body:
      "请在 10 分钟内通过以下链接登录：\n{link}\n\n" + "该链接只能使用一次。如果不是您本人申请，请忽略此邮件，没有该链接任何人都无法登录。",
  },
  password_changed: {
    subject: "您的密码已更改",
    body:
      "您账户的密码已更改，其他所有会话均已退出。\n\n" + "如果这不是您本人操作，请立即在 {appUrl}/forgot-password 设置新密码并联系我们。",
  },
  invitation: {
    subject: "邀请您加入 {company}",
    body:
      "邀请您在自助服务门户中代表 {company} 办理业务。\n\n" +
      "请在 7 天内通过此链接接受：\n{link}\n\n" +
      "该链接只能使用一次。如果您没有预料到此邀请，请忽略此邮件。",
  },
  footer: "此邮件与您在 {appUrl} 的账户安全有关，无论您的通知设置如何都会发送。",
};
