// Texts of the bills pages (English is the source; the other languages must match its shape).
export const bills = {
  title: "Bills",
};
