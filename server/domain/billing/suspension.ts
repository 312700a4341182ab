// What a debt suspension bars, by kind of service. Only the non-essential parts go: a mobile line keeps calls, texts
// and data at home but loses roaming and premium-rate numbers, a fixed line loses premium-rate numbers, broadband
// stays on (it carries the customer's own emergency and voice-over-internet reach), a TV service is suspended whole.
// Emergency calls are never barred. Pure: the billing system applies it, the portal explains it.

export const barrableFeatures = ["roaming", "premium_numbers", "tv_service"] as const;
export type BarredFeature = (typeof barrableFeatures)[number];
export type SuspendableKind = "mobile" | "fixed_voice" | "broadband" | "tv";

const barredByKind: Record<SuspendableKind, readonly BarredFeature[]> = {
  mobile: ["roaming", "premium_numbers"],
  fixed_voice: ["premium_numbers"],
  broadband: [],
  tv: ["tv_service"],
};

/** What a service of this kind loses while its account is suspended for debt; empty = left alone. */
export const barredFor = (kind: SuspendableKind): BarredFeature[] => [...barredByKind[kind]];

/** Whether the service as a whole is off (rather than some of its features). */
export const wholeServiceOff = (barred: readonly BarredFeature[]) => barred.includes("tv_service");

/** The reason the billing system records; one today, named so a future one (fraud, a customer's own request) reads apart. */
export const suspensionReasons = ["unpaid_bills"] as const;
export type SuspensionReason = (typeof suspensionReasons)[number];
