import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { newId } from "../ids/new-id";
import { openDatabase } from "../sqlite/database";
import { InvalidKeyBackup, KeyBackupNotAuthentic, WeakBackupSecret } from "./errors";
import { backUpKeys, openKeyBackup, sealKeyBackup } from "./key-backup";
import { keyBytes, type StoredKey } from "./key-store";
import { sqliteKeyStore } from "./sqlite";

const secret = "Kq3v9Zr2Lm8Tx1Wp6Yb4Nd7Hs0Jf5Gc-";
const someKeys = (count: number): StoredKey[] =>
  Array.from({ length: count }, () => ({ subjectId: newId(), key: randomBytes(keyBytes) }));

/** The backup with one character of line `line` at `at` replaced by another of the same alphabet. */
function alter(text: string, line: number, at: number): string {
  const lines = text.split("\n");
  const target = lines[line] as string;
  const index = at < 0 ? target.length + at : at;
  const replacement = target[index] === "A" ? "B" : "A";
  lines[line] = `${target.slice(0, index)}${replacement}${target.slice(index + 1)}`;
  return lines.join("\n");
}

describe("key backup", () => {
  test("opens with its secret to the keys it sealed, with when it was taken", async () => {
    const keys = someKeys(3);
    const text = await sealKeyBackup(
      { keys, emailSecret: "the local email secret, 32 characters or more" },
      secret,
      new Date("2026-11-30T12:00:00.000Z"),
    );
    expect(await openKeyBackup(text, secret)).toEqual({
      createdAt: "2026-11-30T12:00:00.000Z",
      keys,
      emailSecret: "the local email secret, 32 characters or more",
    });
  });

  test("holds no key, no subject id and no email secret in the clear, and is new each time", async () => {
    const keys = someKeys(2);
    const first = await sealKeyBackup(
      { keys, emailSecret: "the local email secret, 32 characters or more" },
      secret,
    );
    for (const { subjectId, key } of keys)
      for (const clear of [subjectId, key.toString("base64url"), key.toString("base64"), key.toString("hex")])
        expect(first).not.toContain(clear);
    expect(first).not.toContain("email secret");
    expect(await sealKeyBackup({ keys }, secret)).not.toEqual(first);
    expect(first.split("\n")[0]).toContain('"format":"meetstream-key-backup","version":1');
  });

  test("a wrong secret is refused", async () => {
    const text = await sealKeyBackup({ keys: someKeys(1) }, secret);
    await expect(openKeyBackup(text, `${secret}x`)).rejects.toBeInstanceOf(KeyBackupNotAuthentic);
  });

  test.for([
    ["a byte of the sealed keys", 1, 5],
    ["the tag at the end", 1, -2],
    ["the salt in the header", 0, -60],
  ] as const)("a backup whose %s changed is refused", async ([, line, at]) => {
    const text = await sealKeyBackup({ keys: someKeys(2) }, secret);
    await expect(openKeyBackup(alter(text, line, at), secret)).rejects.toBeInstanceOf(KeyBackupNotAuthentic);
  });

  test("a header changed to say another time is refused: the header is authenticated too", async () => {
    const text = await sealKeyBackup({ keys: someKeys(1) }, secret, new Date("2026-11-30T12:00:00.000Z"));
    const altered = text.replace("2026-11-30T12:00:00.000Z", "2026-12-01T12:00:00.000Z");
    expect(altered).not.toEqual(text);
    await expect(openKeyBackup(altered, secret)).rejects.toBeInstanceOf(KeyBackupNotAuthentic);
  });

  test.for([
    ["an empty file", ""],
    ["an archive object", '{"id":"x","streamId":"member-1"}\n'],
    ["half a backup", "line one\n"],
    ["a header that is not JSON", "{nope\nAAAA\n"],
  ] as const)("%s is not a key backup", async ([, text]) => {
    await expect(openKeyBackup(text, secret)).rejects.toBeInstanceOf(InvalidKeyBackup);
  });

  test("a later version is refused, saying which version this reads", async () => {
    const text = await sealKeyBackup({ keys: someKeys(1) }, secret);
    await expect(openKeyBackup(text.replace('"version":1', '"version":2'), secret)).rejects.toThrow(
      /version 2, and this Meetstream reads version 1/,
    );
  });

  test.for([
    ["short", "Kq3v9Zr2Lm8Tx1Wp6Yb4Nd7"],
    ["one character over and over", "a".repeat(64)],
    ["a few characters over and over", "abcabcabcabcabcabcabcabcabcabcabcabc"],
  ] as const)("a weak secret (%s) is refused", async ([, weak]) => {
    await expect(sealKeyBackup({ keys: someKeys(1) }, weak)).rejects.toBeInstanceOf(WeakBackupSecret);
  });

  test("backs up every key of a store, over many pages", async () => {
    const database = openDatabase(":memory:");
    const keys = sqliteKeyStore(database);
    const made = new Map<string, Buffer>();
    for (let index = 0; index < 2_345; index++) {
      const subjectId = newId();
      made.set(subjectId, await keys.create(subjectId));
    }
    const { text, keyCount } = await backUpKeys(keys, secret);
    expect(keyCount).toBe(2_345);
    const opened = await openKeyBackup(text, secret);
    expect(new Map(opened.keys.map(({ subjectId, key }) => [subjectId, key]))).toEqual(made);
    database.close();
  });
});
