// Texts of the statements pages (English is the source; the other languages must match its shape).
export const statements = {
  title: "Statements and certificates",
};
