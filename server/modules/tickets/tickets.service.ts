// Fault reports as the customer sees them: self-test, report, follow the ticket and its SLA
// clocks, answer, confirm or reopen the fix, rate it. The repair system sits behind deps.repair.
export { addNote, confirmFix, rateTicket, reopenTicket } from "./use-cases/customer-actions";
export { lineTest } from "./use-cases/line-test";
export { getTicket, listTickets } from "./use-cases/read-tickets";
export { reportFault } from "./use-cases/report-fault";
export { outagesForCustomer } from "./use-cases/outages-for-customer";
export { addAttachments, assertMayAttach, listAttachments, openAttachment } from "./use-cases/attachments";
