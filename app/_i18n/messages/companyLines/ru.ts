import type { Catalogue } from "../types";
import type { companyLines as en } from "./en";

export const companyLines = {
  status: "Статус",
  allStatuses: "Все статусы",
  costCentre: "Центр затрат",
  allCostCentres: "Все центры затрат",
  noCostCentre: "Без центра затрат",
  person: "Сотрудник",
  everyone: "Любой",
  nobody: "Никто",
  sortBy: "Сортировать по: {column}",
  sortedAsc: "по возрастанию",
  sortedDesc: "по убыванию",
  download: "Скачать всё в CSV",
  select: "Выбрать {line}",
  selectPage: "Выбрать все линии на этой странице",
  selected:
    "{count, plural, =0 {Линии не выбраны} one {Выбрана # линия} few {Выбраны # линии} many {Выбрано # линий} other {Выбрано # линии}}",
  bulkTitle: "Изменить выбранные линии",
  putIn: "Перенести в центр затрат",
  giveTo: "Закрепить за",
  keep: "Оставить как есть",
  apply: "Применить к выбранным линиям",
  applying: "Применяем…",
  nothingChosen: "Сначала выберите центр затрат или сотрудника.",
  noneSelected: "Сначала выберите хотя бы одну линию.",
  assigned: "{count, plural, one {Изменена # линия} few {Изменены # линии} many {Изменено # линий} other {Изменено # линии}}.",
  import: {
    title: "Импорт закреплений",
    lead:
      "Файл CSV со столбцами identifier, cost_centre (код центра; пусто — без центра) и assignee (e-mail сотрудника; пусто — " +
      "никто). Скачанный файл можно отредактировать и загрузить обратно. Ничего не изменится, пока все строки не будут " +
      "верны.",
    file: "Файл CSV",
    check: "Проверить файл",
    checking: "Проверяем…",
    caption: "Строки файла",
    row: "Строка",
    identifier: "Линия",
    problems: "Проблемы",
    ok: "ОК",
    noChange: "Без изменений",
    fileProblem: "Этот файл нельзя импортировать: {problem}",
    hasProblems:
      "{count, plural, one {В # строке ошибка} few {В # строках ошибки} many {В # строках ошибки} other {В # строках ошибки}}: " +
      "исправьте файл и проверьте снова. Ничего не изменено.",
    ready:
      "{count, plural, =0 {Файл ничего не меняет.} one {Файл изменит # линию.} few {Файл изменит # линии.} many {Файл изменит " +
      "# линий.} other {Файл изменит # линии.}}",
    apply: "Применить файл",
    applied:
      "{count, plural, =0 {Файл ничего не изменил.} one {Изменена # линия.} few {Изменены # линии.} many {Изменено # линий.} " +
      "other {Изменено # линии.}}",
    tooBig: "Файл больше 1 МБ.",
    problem: {
      missingIdentifierColumn: "в нём нет столбца identifier.",
      noChangeColumns: "в нём нет ни столбца cost_centre, ни assignee.",
      unreadable: "это не читаемый файл CSV.",
      unknownLine: "у компании нет линии с таким номером",
      unknownCostCentre: "у компании нет центра затрат с таким кодом",
      archivedCostCentre: "центр затрат с этим кодом в архиве",
      unknownPerson: "в компании нет сотрудника с таким e-mail",
      duplicateLine: "линия указана в файле дважды",
      emptyIdentifier: "номер линии пуст",
    },
  },
} satisfies Catalogue<typeof en>;
