// Service levels sold per customer tier: how fast the bureau must answer and fix, by priority,
// and on which calendar that time is counted.
import { alwaysOpen, businessHours, type Calendar } from "./calendar";
import { czechPublicHolidays } from "./holidays";

export const tiers = ["standard", "business", "premium"] as const;
export type Tier = (typeof tiers)[number];

/** P1 = total loss of service … P4 = question, cosmetic fault, planned change. */
export const priorities = ["P1", "P2", "P3", "P4"] as const;
export type Priority = (typeof priorities)[number];

export type CalendarId = "cz-business-hours" | "24x7";

/** Response and resolution targets, in working minutes of the policy's calendar. */
export interface SlaTargets {
  responseMinutes: number;
  resolutionMinutes: number;
}

/** One row of the policy table. */
export interface SlaPolicy extends SlaTargets {
  tier: Tier;
  priority: Priority;
  calendar: CalendarId;
}

/** Mon–Fri 08:00–18:00 in Prague, Czech public holidays off: one business day = 600 minutes. */
export const czechBusinessHours = businessHours({
  id: "cz-business-hours",
  timeZone: "Europe/Prague",
  weekdays: [1, 2, 3, 4, 5],
  opens: "08:00",
  closes: "18:00",
  holidays: czechPublicHolidays,
});

export const calendars: Record<CalendarId, Calendar> = {
  "cz-business-hours": czechBusinessHours,
  "24x7": alwaysOpen,
};

const H = 60;
const BUSINESS_DAY = 10 * H;
const calendarOfTier: Record<Tier, CalendarId> = {
  standard: "cz-business-hours",
  business: "cz-business-hours",
  premium: "24x7",
};

// [response, resolution] in working minutes.
const targets: Record<Tier, Record<Priority, [number, number]>> = {
  standard: {
    P1: [1 * H, 1 * BUSINESS_DAY],
    P2: [4 * H, 2 * BUSINESS_DAY],
    P3: [1 * BUSINESS_DAY, 3 * BUSINESS_DAY],
    P4: [2 * BUSINESS_DAY, 5 * BUSINESS_DAY],
  },
  business: {
    P1: [30, 4 * H],
    P2: [1 * H, 8 * H],
    P3: [4 * H, 2 * BUSINESS_DAY],
    P4: [1 * BUSINESS_DAY, 3 * BUSINESS_DAY],
  },
  premium: {
    P1: [15, 4 * H],
    P2: [30, 8 * H],
    P3: [2 * H, 24 * H],
    P4: [4 * H, 72 * H],
  },
};

/** The whole table, tier × priority, for display and for seeding a configurable copy later. */
export const slaPolicies: readonly SlaPolicy[] = tiers.flatMap((tier) =>
  priorities.map((priority) => {
    const [responseMinutes, resolutionMinutes] = targets[tier][priority];
    return { tier, priority, calendar: calendarOfTier[tier], responseMinutes, resolutionMinutes };
  }),
);

const byKey = new Map(slaPolicies.map((policy) => [`${policy.tier}/${policy.priority}`, policy]));

export function policyFor(tier: Tier, priority: Priority): SlaPolicy {
  const policy = byKey.get(`${tier}/${priority}`);
  if (!policy) throw new Error(`no SLA policy for ${tier}/${priority}`);
  return policy;
}

export function calendarFor(policy: Pick<SlaPolicy, "calendar">): Calendar {
  return calendars[policy.calendar];
}
