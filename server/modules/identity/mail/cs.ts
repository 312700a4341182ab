import type { AccountMailTexts } from "./types";

export const cs: AccountMailTexts = {
  password_reset: {
    subject: "Obnovení hesla",
    body:
      "Někdo, nejspíš vy, požádal o obnovení hesla k vašemu účtu.\n\n" +
      "Nové heslo si nastavte do 30 minut zde:\n{link}\n\n" +
      "Odkaz funguje jen jednou. Pokud jste o něj nežádali, e-mail ignorujte: vaše heslo zůstává beze změny.",
  },
  sign_in_link: {
    subject: "Váš odkaz pro přihlášení",
    body:
      "Přihlaste se tímto odkazem do 10 minut:\n{link}\n\n" +
      "Odkaz funguje jen jednou. Pokud jste o něj nežádali, e-mail ignorujte: bez odkazu se nikdo nepřihlásí.",
  },
  password_changed: {
    subject: "Vaše heslo bylo změněno",
    body:
      "Heslo k vašemu účtu bylo změněno a všechna ostatní přihlášení byla ukončena.\n\n" +
      "Pokud jste to nebyli vy, ihned si nastavte nové heslo na {appUrl}/forgot-password a kontaktujte nás.",
  },
  invitation: {
    subject: "Pozvánka do {company}",
    body:
      "Jste zváni jednat za {company} v samoobslužném portálu.\n\n" +
      "Pozvánku přijměte do 7 dnů zde:\n{link}\n\n" +
      "Odkaz funguje jen jednou. Pokud jste ji nečekali, e-mail ignorujte.",
  },
  footer: "Tento e-mail se týká zabezpečení vašeho účtu na {appUrl} a posíláme ho bez ohledu na nastavení oznámení.",
};
