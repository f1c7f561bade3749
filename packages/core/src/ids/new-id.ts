import { v7 } from "uuid";

/**
 * Random bytes for ids, drawn from the system's CSPRNG a pool at a time: uuid asks for 16 bytes per id,
 * and each of those calls costs a few microseconds, several per command (an event's id, its correlation).
 */
const pool = new Uint8Array(16 * 256);
let drawn = pool.length;

function sixteenRandomBytes(): Uint8Array {
  if (drawn + 16 > pool.length) {
    crypto.getRandomValues(pool);
    drawn = 0;
  }
  drawn += 16;
  return pool.subarray(drawn - 16, drawn);
}

/**
 * uuid's own v7 keeps this state only when it draws the random bytes itself; given them, it is kept here,
 * the same way (RFC 9562, method 1): a random sequence within each millisecond, counting up for ids of the
 * same millisecond, so that ids made by one process sort in the order they were made.
 */
let lastMilliseconds = Number.NEGATIVE_INFINITY;
let sequence = 0;

/** Time-ordered (UUIDv7) so that ids sort by creation and index well. */
export const newId = (): string => {
  const random = sixteenRandomBytes();
  const now = Date.now();
  if (now > lastMilliseconds) {
    sequence =
      (((random[6] as number) & 0x7f) << 24) |
      ((random[7] as number) << 16) |
      ((random[8] as number) << 8) |
      (random[9] as number);
    lastMilliseconds = now;
  } else {
    sequence = (sequence + 1) | 0;
    if (sequence === 0) lastMilliseconds++;
  }
  return v7({ msecs: lastMilliseconds, seq: sequence, random });
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => uuidPattern.test(value);
