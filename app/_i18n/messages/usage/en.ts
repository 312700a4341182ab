// Texts of the usage pages (English is the source; the other languages must match its shape).
export const usage = {
  title: "Usage",
};
