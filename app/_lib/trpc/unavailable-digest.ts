/** The digest of a page error that means "the service is briefly unavailable" (shared by server and error boundary). */
export const UNAVAILABLE_DIGEST = "SERVICE_UNAVAILABLE";
