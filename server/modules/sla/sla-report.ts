// Monthly SLA figures of one customer, from ticket event logs, outages and plan fees. Pure: the
// same inputs and `now` always give the same report, so a past month can be re-derived at any time.
import type { Calendar } from "~/server/domain/repair/calendar";
import { slaClock, type ClockState, type SlaEvent } from "~/server/domain/repair/sla-clock";
import { priorities, type Priority, type SlaTargets, type Tier } from "~/server/domain/repair/sla-policy";
import { monthBounds } from "./sla-month";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * SLA credits sold with each tier, in basis points of the affected service's monthly recurring fee:
 * `perBreach` for every ticket whose resolution target was missed, at most `cap` per service and
 * month. The standard tier carries no service credits.
 */
export const creditTerms: Record<Tier, { perBreachBp: number; capBp: number } | null> = {
  standard: null,
  business: { perBreachBp: 500, capBp: 2_500 }, // 5 % per breach, at most 25 %
  premium: { perBreachBp: 1_000, capBp: 5_000 }, // 10 % per breach, at most 50 %
};

export interface ReportTicket {
  id: string;
  number: string;
  serviceId: string;
  tier: Tier;
  priority: Priority;
  createdAt: Date;
  events: readonly SlaEvent[];
  targets: SlaTargets;
  calendar: Calendar;
}

export interface ReportService {
  id: string;
  monthlyFeeMinor: number;
  currency: string;
}

/** An outage over one service; `end` null = still going on. */
export interface ReportOutage {
  serviceId: string;
  start: Date;
  end: Date | null;
}

export interface TicketOfMonth {
  id: string;
  number: string;
  serviceId: string;
  priority: Priority;
  openedAt: Date;
  respondedAt: Date | null;
  resolvedAt: Date | null;
  /** null while the clock is still running within its target (not decided yet). */
  responseMet: boolean | null;
  resolutionMet: boolean | null;
  /** When the resolution target was missed, if it was. */
  breachedAt: Date | null;
  /** Working minutes of the policy's calendar the resolution clock has used. */
  businessMinutesToResolve: number;
}

export interface SlaCredit {
  ticketId: string;
  ticketNumber: string;
  serviceId: string;
  breachedAt: Date;
  amountMinor: number;
  currency: string;
  /** The per-service monthly cap cut this credit down (possibly to zero). */
  capped: boolean;
}

export interface MonthFigures {
  month: string;
  opened: number;
  resolved: number;
  /** Shares 0…1; null when nothing was decided in the month. */
  resolvedWithinTarget: number | null;
  respondedWithinTarget: number | null;
  breaches: { total: number; byPriority: Record<Priority, number>; response: number };
  /** Mean time to resolve of tickets resolved in the month: working minutes (per the SLA clock) and wall-clock hours. */
  mttr: { businessMinutes: number | null; wallClockHours: number | null };
  availability: { serviceId: string; outageMinutes: number; availability: number }[];
  credits: SlaCredit[];
  tickets: TicketOfMonth[];
}

const within = (at: Date | undefined | null, start: Date, end: Date): at is Date => !!at && at >= start && at < end;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const share = (yes: number, all: number) => (all ? yes / all : null);

const decided = (c: ClockState) => c.breached || c.metAt !== undefined;
const met = (c: ClockState) => (decided(c) ? !c.breached : null);

export function monthlyFigures(input: {
  month: string;
  now: Date;
  tickets: readonly ReportTicket[];
  services: readonly ReportService[];
  outages: readonly ReportOutage[];
}): MonthFigures {
  const { start, end } = monthBounds(input.month);
  const evaluated = input.tickets.map((t) => ({ t, clocks: slaClock(t.events, t.targets, t.calendar, input.now) }));

  const tickets: TicketOfMonth[] = [];
  const byPriority = Object.fromEntries(priorities.map((p) => [p, 0])) as Record<Priority, number>;
  let responseBreaches = 0;
  const breached: { t: ReportTicket; at: Date }[] = [];
  const resolvedNow: { business: number; wall: number; inTime: boolean }[] = [];
  let respondedAll = 0;
  let respondedInTime = 0;

  for (const { t, clocks } of evaluated) {
    const { response, resolution } = clocks;
    const breachedAt = resolution.breached ? resolution.dueAt : null;
    const responseBreachedAt = response.breached ? response.dueAt : null;
    const resolvedAt = resolution.stopped ? (resolution.metAt ?? null) : null;
    if (within(breachedAt, start, end)) {
      byPriority[t.priority] += 1;
      breached.push({ t, at: breachedAt });
    }
    if (within(responseBreachedAt, start, end)) responseBreaches += 1;
    if (within(resolvedAt, start, end)) {
      resolvedNow.push({
        business: resolution.elapsedMinutes,
        wall: (resolvedAt.getTime() - t.createdAt.getTime()) / HOUR,
        inTime: !resolution.breached,
      });
    }
    const opened = within(t.createdAt, start, end);
    if (opened && decided(response)) {
      respondedAll += 1;
      if (!response.breached) respondedInTime += 1;
    }
    if (opened || within(resolvedAt, start, end) || within(breachedAt, start, end)) {
      tickets.push({
        id: t.id,
        number: t.number,
        serviceId: t.serviceId,
        priority: t.priority,
        openedAt: t.createdAt,
        respondedAt: response.metAt ?? null,
        resolvedAt,
        responseMet: met(response),
        resolutionMet: met(resolution),
        breachedAt,
        businessMinutesToResolve: resolution.elapsedMinutes,
      });
    }
  }

  tickets.sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime() || a.number.localeCompare(b.number));
  return {
    month: input.month,
    opened: evaluated.filter(({ t }) => within(t.createdAt, start, end)).length,
    resolved: resolvedNow.length,
    resolvedWithinTarget: share(resolvedNow.filter((r) => r.inTime).length, resolvedNow.length),
    respondedWithinTarget: share(respondedInTime, respondedAll),
    breaches: { total: breached.length, byPriority, response: responseBreaches },
    mttr: { businessMinutes: mean(resolvedNow.map((r) => r.business)), wallClockHours: mean(resolvedNow.map((r) => r.wall)) },
    availability: availabilityOf(input.services, input.outages, start, end, input.now),
    credits: creditsOf(breached, input.services),
    tickets,
  };
}

/** 1 − outage minutes / minutes in the month, per service; overlapping outages count once. */
export function availabilityOf(services: readonly ReportService[], outages: readonly ReportOutage[], start: Date, end: Date, now: Date) {
  const monthMinutes = (end.getTime() - start.getTime()) / MINUTE;
  return services.map((s) => {
    const spans = outages
      .filter((o) => o.serviceId === s.id)
      .map((o) => [Math.max(o.start.getTime(), start.getTime()), Math.min((o.end ?? now).getTime(), end.getTime())] as const)
      .filter(([a, b]) => b > a)
      .sort((x, y) => x[0] - y[0]);
    let down = 0;
    let reach = -Infinity;
    for (const [a, b] of spans) {
      const from = Math.max(a, reach);
      if (b > from) down += b - from;
      reach = Math.max(reach, b);
    }
    const outageMinutes = Math.round(down / MINUTE);
    return { serviceId: s.id, outageMinutes, availability: 1 - outageMinutes / monthMinutes };
  });
}

/** Credits in breach order; once a service's cap is reached, later breaches get what is left (maybe nothing). */
export function creditsOf(breached: readonly { t: ReportTicket; at: Date }[], services: readonly ReportService[]): SlaCredit[] {
  const fees = new Map(services.map((s) => [s.id, s]));
  const used = new Map<string, number>();
  const ordered = [...breached].sort((a, b) => a.at.getTime() - b.at.getTime() || a.t.number.localeCompare(b.t.number));
  return ordered.flatMap(({ t, at }) => {
    const terms = creditTerms[t.tier];
    const service = fees.get(t.serviceId);
    if (!terms || !service) return [];
    const full = Math.floor((service.monthlyFeeMinor * terms.perBreachBp) / 10_000);
    const cap = Math.floor((service.monthlyFeeMinor * terms.capBp) / 10_000);
    const before = used.get(t.serviceId) ?? 0;
    const amountMinor = Math.max(0, Math.min(full, cap - before));
    used.set(t.serviceId, before + amountMinor);
    return [
      {
        ticketId: t.id,
        ticketNumber: t.number,
        serviceId: t.serviceId,
        breachedAt: at,
        amountMinor,
        currency: service.currency,
        capped: amountMinor < full,
      },
    ];
  });
}
