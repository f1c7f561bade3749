import type { Timer } from "../scheduler/scheduler";

/** How long before a meetup each reminder goes to the members holding a seat. */
const reminderLeads = { "24h": 24 * 3_600_000, "2h": 2 * 3_600_000 } as const;

export type ReminderLead = keyof typeof reminderLeads;

export interface ReminderTimerPayload {
  meetupId: string;
  reminder: ReminderLead;
}

/** The timers' names: the meetup's id and the lead, so a reschedule moves the same two timers. */
export const reminderTimerNames = (meetupId: string): string[] =>
  (Object.keys(reminderLeads) as ReminderLead[]).map((lead) => `reminder-${lead}-${meetupId}`);

/**
 * A meetup's reminders, each due its lead before the start and dropped once the meetup has started: a
 * host down across the due time sends it when it is back, if there is still a point.
 */
export function reminderTimers(meetupId: string, startsAt: string): Timer[] {
  const start = Date.parse(startsAt);
  return (Object.entries(reminderLeads) as [ReminderLead, number][]).map(([reminder, lead]) => ({
    name: `reminder-${reminder}-${meetupId}`,
    at: new Date(start - lead),
    notAfter: new Date(start),
    payload: { meetupId, reminder } satisfies ReminderTimerPayload,
  }));
}
