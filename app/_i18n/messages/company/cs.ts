import type { Catalogue } from "../types";
import type { company as en } from "./en";

export const company = {
  title: "Profil společnosti",
  lead: "Jak je společnost uvedena na vyúčtováních (daňových dokladech) a koho se na ně ptáme.",
  identity: "Identifikace",
  legalName: "Obchodní firma",
  companyId: "IČO",
  companyIdHint: "8 číslic; poslední je kontrolní.",
  vatId: "DIČ",
  vatIdHint: "CZ a 8 až 10 číslic; nechte prázdné, pokud společnost není plátcem DPH.",
  address: "Poštovní adresa",
  contacts: "Kontakty pro vyúčtování",
  contactsHint: "Alespoň jeden: lidé, na které se obracíme s dotazy k vyúčtování.",
  contact: "Kontakt {number}",
  contactName: "Jméno",
  contactEmail: "E-mail",
  contactPhone: "Telefon",
  addContact: "Přidat kontakt",
  removeContact: "Odebrat kontakt {number}",
  saved: "Profil společnosti je uložen.",
  unchanged: "Nic se nezměnilo.",
  fieldErrors: {
    legalName: "Zadejte obchodní firmu společnosti.",
    companyId: "Zadejte osmimístné IČO s platnou kontrolní číslicí.",
    vatId: "Zadejte CZ a 8 až 10 číslic, nebo pole nechte prázdné.",
    address: "Zadejte poštovní adresu.",
    billingContacts: "Přidejte alespoň jeden kontakt pro vyúčtování.",
    name: "Zadejte jméno kontaktu.",
    email: "Zadejte e-mailovou adresu, např. jmeno@example.com.",
    phone: "Zadejte telefonní číslo, např. +420 777 123 456.",
  },
} satisfies Catalogue<typeof en>;
