import type { Catalogue } from "../types";
import type { company as en } from "./en";

export const company = {
  title: "公司资料",
  lead: "公司在账单（税务凭证）上的名称，以及账单问题的联系人。",
  identity: "识别信息",
  legalName: "法定名称",
  companyId: "公司注册号（IČO）",
  companyIdHint: "8 位数字，最后一位为校验位。",
  vatId: "增值税号（DIČ）",
  vatIdHint: "CZ 加 8 至 10 位数字；公司未登记增值税时留空。",
  address: "邮寄地址",
  contacts: "账单联系人",
  contactsHint: "至少一位：我们就公司账单联系的人。",
  contact: "联系人 {number}",
  contactName: "姓名",
  contactEmail: "电子邮件",
  contactPhone: "电话",
  addContact: "添加联系人",
  removeContact: "删除联系人 {number}",
  saved: "公司资料已保存。",
  unchanged: "没有任何更改。",
  fieldErrors: {
    legalName: "请输入公司的法定名称。",
    companyId: "请输入带有效校验位的 8 位注册号。",
    vatId: "请输入 CZ 加 8 至 10 位数字，或留空。",
    address: "请输入邮寄地址。",
    billingContacts: "请至少添加一位账单联系人。",
    name: "请输入联系人姓名。",
    email: "请输入电子邮件地址，例如 name@example.com。",
    phone: "请输入电话号码，例如 +420 777 123 456。",
  },
} satisfies Catalogue<typeof en>;
