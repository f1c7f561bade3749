import { MeetstreamError } from "../errors/meetstream-error";

/** A moment at which something must happen once: a reminder the day before a meetup. */
export interface Timer {
  /**
   * Names the timer: setting a timer of a name already set moves it. Deterministic (a meetup's id and the
   * reminder's kind), so setting, moving and cancelling are idempotent. Letters, digits, `-`, `_` and `.`,
   * at most 64 (EventBridge Scheduler's names).
   */
  name: string;
  /** When it fires; a moment already past fires as soon as the scheduler can. */
  at: Date;
  /**
   * A timer that could only fire after this moment is dropped instead: a reminder is no use once the
   * meetup has started, so a host that was down across the due time sends it late, but never too late.
   */
  notAfter?: Date;
  /** What the timer's handler needs: a JSON value. */
  payload: unknown;
}

/**
 * Fires each timer once at its time, durably: timers survive restarts of whatever sets them. A timer
 * table on SQLite that the local host polls; EventBridge Scheduler one-time schedules on AWS. Firing is at
 * least once (a handler that fails is called again), so handlers key what they do on the timer (the
 * outbox does for reminders).
 */
export interface Scheduler {
  /** Sets the timer, or moves the one of that name to this time and payload. */
  set(timer: Timer): Promise<void>;
  /** Cancels the timer of that name; one not set (or already fired) is no error. */
  cancel(name: string): Promise<void>;
}

/** A timer as its handler gets it. */
export interface FiredTimer {
  name: string;
  /** ISO-8601 instants in UTC. */
  at: string;
  notAfter: string | null;
  payload: unknown;
}

export class TimerRefused extends MeetstreamError {
  readonly code = "TIMER_REFUSED";
}

const timerName = /^[0-9A-Za-z._-]{1,64}$/;

/** A DynamoDB item and a schedule's input both stay far under their limits (EventBridge: 256 KB). */
const maximumPayloadBytes = 8 * 1024;

/** The timer as both adapters store it, refused when a scheduler could not keep it. */
export function checkedTimer(timer: Timer): FiredTimer {
  if (typeof timer.name !== "string" || !timerName.test(timer.name))
    throw new TimerRefused(
      `a timer's name is 1 to 64 letters, digits, "-", "_" or ".": not ${JSON.stringify(timer.name)}`,
    );
  if (!(timer.at instanceof Date) || Number.isNaN(timer.at.getTime()))
    throw new TimerRefused(`timer ${timer.name} has no valid time`);
  if (
    timer.notAfter !== undefined &&
    (!(timer.notAfter instanceof Date) || Number.isNaN(timer.notAfter.getTime()))
  )
    throw new TimerRefused(`timer ${timer.name} has no valid latest time`);
  const json = JSON.stringify(timer.payload);
  if (json === undefined) throw new TimerRefused(`timer ${timer.name}'s payload is no JSON value`);
  if (Buffer.byteLength(json) > maximumPayloadBytes)
    throw new TimerRefused(`timer ${timer.name}'s payload is over ${maximumPayloadBytes} bytes`);
  return {
    name: timer.name,
    at: timer.at.toISOString(),
    notAfter: timer.notAfter?.toISOString() ?? null,
    payload: JSON.parse(json),
  };
}

/** Whether a timer due now may still fire: not past its latest moment. */
export const stillTimely = (timer: FiredTimer, now: Date): boolean =>
  timer.notAfter === null || now.getTime() <= Date.parse(timer.notAfter);
