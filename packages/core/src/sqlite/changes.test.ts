import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { databaseChanges } from "./changes";
import { openDatabase } from "./database";

test("the token moves with this connection's writes and with another connection's commits, and only then", () => {
  const folder = mkdtempSync(join(tmpdir(), "meetstream-changes-"));
  const [serving, other] = [
    openDatabase(join(folder, "data.sqlite")),
    openDatabase(join(folder, "data.sqlite")),
  ];
  try {
    serving.exec("CREATE TABLE notes (text TEXT)");
    const changes = databaseChanges(serving);
    const first = changes();
    serving.prepare("SELECT count(*) FROM notes").get();
    expect(changes()).toBe(first);

    serving.prepare("INSERT INTO notes VALUES ('mine')").run();
    const afterMine = changes();
    expect(afterMine).not.toBe(first);

    other.prepare("INSERT INTO notes VALUES ('theirs')").run();
    expect(changes()).not.toBe(afterMine);
  } finally {
    serving.close();
    other.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
