export const costCentres = {
  title: "Cost centres",
  lead:
    "Where the charges of {company}'s lines are booked. An archived cost centre keeps its lines and their history, " +
    "but no new line can be put in it.",
  create: {
    title: "New cost centre",
    code: "Code",
    codeHint: "Up to 20 letters, digits, dots, dashes or underscores; each code once in the company.",
    name: "Name",
    submit: "Create",
    creating: "Creating…",
  },
  fieldErrors: {
    code: "Enter a code of letters, digits, dots, dashes or underscores (up to 20).",
    codeTaken: "The company already has a cost centre with this code.",
    name: "Enter a name (up to 80 characters).",
  },
  caption: "Cost centres with their lines and spend",
  code: "Code",
  name: "Name",
  lines: "Lines",
  thisMonth: "{period} so far",
  thisMonthNone: "This month so far",
  lastMonth: "Last bill ({period})",
  lastMonthNone: "Last bill",
  status: "Status",
  active: "Active",
  archived: "Archived",
  unassigned: "No cost centre",
  empty: "The company has no cost centres yet.",
  spendNote: "This month's figures are the charges so far, before the bill is issued; both include VAT.",
  done: {
    created: "Cost centre {code} is created.",
    renamed: "{code} is renamed to {name}.",
    archived: "{code} is archived.",
    restored: "{code} is active again.",
  },
  detail: {
    back: "All cost centres",
    archivedNote:
      "Archived: {count, plural, =0 {it has no lines} one {its # line stays in it} other {its # lines stay in it}} " +
      "with their history, but no new line can be put in it.",
    linesTitle: "Lines",
    linesCaption: "Lines in {code}",
    noLines: "No lines are booked to this cost centre.",
    line: "Line",
    kind: "Kind",
    identifier: "Number",
    status: "Status",
    rename: "Rename",
    newName: "Name",
    renaming: "Renaming…",
    archive: "Archive",
    archiveOf: "Archive {code}",
    archiveQuestion:
      "Archive {code} {name}? {count, plural, =0 {It has no lines.} one {Its # line stays in it.} other {Its # lines " +
      "stay in it.}} No new line can be put in it until it is restored.",
    restore: "Restore",
    restoreOf: "Restore {code}",
  },
};
