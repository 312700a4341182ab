// Texts of the sla pages (English is the source; the other languages must match its shape).
export const sla = {
  title: "SLA dashboard",
};
