import { type Clock, systemClock } from "../clock/clock";
import { newId } from "../ids/new-id";
import type { Mailer, MailMessage } from "./mailer";

export interface DeliveredMessage extends MailMessage {
  id: string;
  /** ISO-8601 instant in UTC. */
  sentAt: string;
}

export interface DevMailbox extends Mailer {
  /** What was sent, newest first. */
  messages(): DeliveredMessage[];
}

export interface DevMailboxOptions {
  /** Where each message is printed as it is sent (default: the console), so a code can be read off the terminal. */
  log?: (message: DeliveredMessage) => void;
  /** How many messages are kept: a long-running local host must not grow without bound (default 200). */
  capacity?: number;
  clock?: Clock;
}

const printToConsole = (message: DeliveredMessage): void => {
  console.log(`mail to ${message.to}: ${message.subject}\n${message.text}`);
};

/** The mailer of one machine: nothing leaves it; messages are printed and kept for the dev mailbox page. */
export function devMailbox({
  log = printToConsole,
  capacity = 200,
  clock = systemClock,
}: DevMailboxOptions = {}): DevMailbox {
  if (!Number.isSafeInteger(capacity) || capacity < 1)
    throw new RangeError(`a mailbox holds at least one message, not ${capacity}`);
  const kept: DeliveredMessage[] = [];
  return {
    async send({ to, subject, text }) {
      const message: DeliveredMessage = { id: newId(), to, subject, text, sentAt: clock.now().toISOString() };
      kept.unshift(message);
      kept.length = Math.min(kept.length, capacity);
      log(message);
    },
    messages: () => kept.map((message) => ({ ...message })),
  };
}
