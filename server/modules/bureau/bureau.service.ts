// The operator's repair bureau: the queue by SLA risk, dispatch, the technician's work and outages.
export { cancelTicket, rejectTicket } from "./use-cases/close-ticket";
export { closeOutage, createOutage, listOutages } from "./use-cases/outages";
export { getTicket, openQueueItems, queue, technicians, worklist } from "./use-cases/queue";
export { addStaffNote, dispatch, progress } from "./use-cases/dispatch-and-progress";
export { listAttachments } from "~/server/modules/tickets/use-cases/attachments";
