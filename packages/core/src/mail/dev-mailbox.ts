import { type Clock, systemClock } from "../clock/clock";
import { newId } from "../ids/new-id";
import type { SqliteDatabase } from "../sqlite/database";
import type { Mailer, MailMessage } from "./mailer";

export interface DeliveredMessage extends MailMessage {
  id: string;
  /** ISO-8601 instant in UTC. */
  sentAt: string;
}

export interface DevMailbox extends Mailer {
  /** What was sent, newest first; the latest `first` of them when asked (default all it keeps). */
  messages(options?: { first?: number }): DeliveredMessage[];
  /** One message by its id. */
  message(id: string): DeliveredMessage | undefined;
  /** How many messages it keeps now. */
  count(): number;
}

export interface DevMailboxOptions {
  /** Where each message is printed as it is sent (default: the console), so a code can be read off the terminal. */
  log?: (message: DeliveredMessage) => void;
  /** How many messages are kept: a long-running local host must not grow without bound. */
  capacity?: number;
  clock?: Clock;
}

const printToConsole = (message: DeliveredMessage): void => {
  console.log(`mail to ${message.to}: ${message.subject}\n${message.text}`);
};

function checkedCapacity(capacity: number): number {
  if (!Number.isSafeInteger(capacity) || capacity < 1)
    throw new RangeError(`a mailbox holds at least one message, not ${capacity}`);
  return capacity;
}

/** The message as kept: only the fields a message has, copied, stamped with an id and the time. */
const delivered = (
  { to, subject, text, html, headers, attachments }: MailMessage,
  clock: Clock,
): DeliveredMessage => ({
  id: newId(),
  to,
  subject,
  text,
  ...(html === undefined ? {} : { html }),
  ...(headers === undefined ? {} : { headers: { ...headers } }),
  ...(attachments === undefined ? {} : { attachments: attachments.map((attachment) => ({ ...attachment })) }),
  sentAt: clock.now().toISOString(),
});

const copied = (message: DeliveredMessage): DeliveredMessage => structuredClone(message);

/** The mailer of a test: nothing leaves the process; messages are kept in memory (default 200). */
export function devMailbox({
  log = printToConsole,
  capacity = 200,
  clock = systemClock,
}: DevMailboxOptions = {}): DevMailbox {
  checkedCapacity(capacity);
  const kept: DeliveredMessage[] = [];
  return {
    async send(message) {
      const sent = delivered(message, clock);
      kept.unshift(sent);
      kept.length = Math.min(kept.length, capacity);
      log(sent);
    },
    messages: ({ first = kept.length } = {}) => kept.slice(0, first).map(copied),
    message: (id) => {
      const found = kept.find((message) => message.id === id);
      return found && copied(found);
    },
    count: () => kept.length,
  };
}

/**
 * The mailer of the local host: nothing leaves the machine; messages are kept in its database (default
 * the latest 20,000: a "new meetup" to a big community fits), so the dev mailbox page shows them after
 * a restart too.
 */
export function sqliteDevMailbox(
  database: SqliteDatabase,
  { log = printToConsole, capacity = 20_000, clock = systemClock }: DevMailboxOptions = {},
): DevMailbox {
  checkedCapacity(capacity);
  database.exec(`
    CREATE TABLE IF NOT EXISTS dev_mailbox (
      position INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      message TEXT NOT NULL
    ) STRICT;
  `);
  const insert = database.prepare<[string, string]>("INSERT INTO dev_mailbox (id, message) VALUES (?, ?)");
  // Every hundredth message trims what is over capacity: one delete per message would double the writes.
  const trim = database.prepare<[number]>(
    "DELETE FROM dev_mailbox WHERE position <= (SELECT MAX(position) FROM dev_mailbox) - ?",
  );
  const latest = database.prepare<[number], { message: string }>(
    "SELECT message FROM dev_mailbox ORDER BY position DESC LIMIT ?",
  );
  const byId = database.prepare<[string], { message: string }>(
    "SELECT message FROM dev_mailbox WHERE id = ?",
  );
  const counted = database.prepare<[], { count: number }>("SELECT COUNT(*) AS count FROM dev_mailbox");
  let sinceTrim = 0;
  return {
    async send(message) {
      const sent = delivered(message, clock);
      insert.run(sent.id, JSON.stringify(sent));
      if (++sinceTrim >= 100 || capacity < 100) {
        trim.run(capacity);
        sinceTrim = 0;
      }
      log(sent);
    },
    messages: ({ first = capacity } = {}) =>
      latest.all(Math.min(first, capacity)).map((row) => JSON.parse(row.message) as DeliveredMessage),
    message: (id) => {
      const row = byId.get(id);
      return row && (JSON.parse(row.message) as DeliveredMessage);
    },
    count: () => Math.min(capacity, (counted.get() as { count: number }).count),
  };
}
