import type { Catalogue } from "../types";
import type { costCentres as en } from "./en";

export const costCentres = {
  title: "Nákladová střediska",
  lead:
    "Kam se účtují poplatky za linky společnosti {company}. Archivované středisko si ponechá své linky i jejich " +
    "historii, ale žádnou novou linku do něj zařadit nelze.",
  create: {
    title: "Nové nákladové středisko",
    code: "Kód",
    codeHint: "Až 20 písmen, číslic, teček, pomlček nebo podtržítek; každý kód jen jednou ve společnosti.",
    name: "Název",
    submit: "Vytvořit",
    creating: "Vytváří se…",
  },
  fieldErrors: {
    code: "Zadejte kód z písmen, číslic, teček, pomlček nebo podtržítek (nejvýše 20).",
    codeTaken: "Společnost už má nákladové středisko s tímto kódem.",
    name: "Zadejte název (nejvýše 80 znaků).",
  },
  caption: "Nákladová střediska s linkami a útratou",
  code: "Kód",
  name: "Název",
  lines: "Linky",
  thisMonth: "{period} zatím",
  thisMonthNone: "Tento měsíc zatím",
  lastMonth: "Poslední vyúčtování ({period})",
  lastMonthNone: "Poslední vyúčtování",
  status: "Stav",
  active: "Aktivní",
  archived: "Archivované",
  unassigned: "Bez nákladového střediska",
  empty: "Společnost zatím nemá žádná nákladová střediska.",
  spendNote: "Částky za tento měsíc jsou dosavadní poplatky před vystavením vyúčtování; obě jsou včetně DPH.",
  done: {
    created: "Nákladové středisko {code} je vytvořeno.",
    renamed: "{code} je přejmenováno na {name}.",
    archived: "{code} je archivováno.",
    restored: "{code} je opět aktivní.",
  },
  detail: {
    back: "Všechna nákladová střediska",
    archivedNote:
      "Archivované: {count, plural, =0 {nemá žádné linky} one {jeho # linka v něm zůstává} few {jeho # linky v něm " +
      "zůstávají} other {jeho # linek v něm zůstává}} i s historií, ale žádnou novou linku do něj zařadit nelze.",
    linesTitle: "Linky",
    linesCaption: "Linky ve středisku {code}",
    noLines: "Do tohoto nákladového střediska se neúčtuje žádná linka.",
    line: "Linka",
    kind: "Druh",
    identifier: "Číslo",
    status: "Stav",
    rename: "Přejmenovat",
    newName: "Název",
    renaming: "Přejmenovává se…",
    archive: "Archivovat",
    archiveOf: "Archivovat {code}",
    archiveQuestion:
      "Archivovat {code} {name}? {count, plural, =0 {Nemá žádné linky.} one {Jeho # linka v něm zůstane.} few {Jeho # " +
      "linky v něm zůstanou.} other {Jeho # linek v něm zůstane.}} Dokud ho neobnovíte, nelze do něj zařadit žádnou " +
      "novou linku.",
    restore: "Obnovit",
    restoreOf: "Obnovit {code}",
  },
} satisfies Catalogue<typeof en>;
