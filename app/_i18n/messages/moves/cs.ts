import type { Catalogue } from "../types";
import type { moves as en } from "./en";

export const moves = {
  title: "Převod na jiný zákaznický účet",
  link: "Převést na jiný zákaznický účet",
  intro: "Služba bude od období {period} účtována na druhý účet. Do té doby zůstává na svém vyúčtování a převod můžete zrušit.",
  onlyAccount:
    "Toto je váš jediný zákaznický účet, službu tedy není kam převést. Pokud potřebujete oddělená vyúčtování, požádejte nás o další účet.",
  target: "Převést na",
  showPreview: "Zobrazit obě vyúčtování",
  previewHeading: "Obě vyúčtování za {period}, jako by služba již byla převedena",
  previewNote: "Částky dosud v tomto období se známými poplatky; skutečná vyúčtování odpovídají vaší spotřebě do konce období.",
  afterMove: "{account} po převodu",
  services: "Služby na tomto účtu",
  noServices: "Na tomto účtu by nezůstala žádná služba.",
  net: "Bez DPH",
  total: "Celkem dosud",
  confirm: "Převést službu",
  question: "Převést {service} na {account} od období {period}?",
  confirmLabel: "Ano, převést",
  scheduled: "Služba přejde na {account} od období {period}.",
  pending: "Přechází na {account} od období {period}.",
  cancel: "Zrušit převod",
  cancelQuestion: "Zrušit převod služby {service} na {account}?",
  cancelConfirm: "Ano, zrušit",
  cancelled: "Převod byl zrušen.",
  back: "Zpět na službu",
} satisfies Catalogue<typeof en>;
