// The audit trail: who changed what, for whom — written in the same transaction as the change it records.
// Other modules record through this file; the table behind it is the repository's.
export { audit, type AuditEntry } from "./audit.repository";
