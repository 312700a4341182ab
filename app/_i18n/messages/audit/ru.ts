import type { Catalogue } from "../types";
import type { audit as en } from "./en";

export const audit = {
  title: "Журнал аудита",
  lead: "Кто и когда что сделал для {company}: каждое изменение записывается вместе с ним, запись нельзя изменить или удалить.",
  filters: "Фильтр журнала",
  entity: "Объект",
  allEntities: "Все объекты",
  actor: "Кто",
  allActors: "Все",
  from: "С",
  to: "По",
  apply: "Показать",
  clear: "Сбросить фильтры",
  download: "Скачать CSV",
  caption: "Записи журнала аудита",
  at: "Когда",
  email: "E-mail",
  action: "Действие",
  entityId: "ID объекта",
  details: "Подробности",
  system: "Система",
  count: "{count, plural, =0 {Нет записей} one {# запись} few {# записи} many {# записей} other {# записи}}",
  empty: "Нет записей, подходящих под фильтры.",
  badFilter: "Фильтры недействительны: укажите даты в формате ГГГГ-ММ-ДД, а объект и человека выберите из списков.",
} satisfies Catalogue<typeof en>;
