import type { Catalogue } from "../types";
import type { company as en } from "./en";

export const company = {
  title: "Профиль компании",
  lead: "Как компания указана в счетах (налоговых документах) и к кому мы обращаемся по ним.",
  identity: "Реквизиты",
  legalName: "Юридическое название",
  companyId: "Регистрационный номер (IČO)",
  companyIdHint: "8 цифр; последняя — контрольная.",
  vatId: "Номер плательщика НДС (DIČ)",
  vatIdHint: "CZ и от 8 до 10 цифр; оставьте пустым, если компания не плательщик НДС.",
  address: "Почтовый адрес",
  contacts: "Контакты по счетам",
  contactsHint: "Хотя бы один: к кому мы обращаемся по счетам компании.",
  contact: "Контакт {number}",
  contactName: "Имя",
  contactEmail: "Эл. почта",
  contactPhone: "Телефон",
  addContact: "Добавить контакт",
  removeContact: "Удалить контакт {number}",
  saved: "Профиль компании сохранён.",
  unchanged: "Ничего не изменилось.",
  fieldErrors: {
    legalName: "Введите юридическое название компании.",
    companyId: "Введите 8-значный регистрационный номер с верной контрольной цифрой.",
    vatId: "Введите CZ и от 8 до 10 цифр или оставьте поле пустым.",
    address: "Введите почтовый адрес.",
    billingContacts: "Добавьте хотя бы один контакт по счетам.",
    name: "Введите имя контакта.",
    email: "Введите адрес эл. почты, например name@example.com.",
    phone: "Введите номер телефона, например +420 777 123 456.",
  },
} satisfies Catalogue<typeof en>;
