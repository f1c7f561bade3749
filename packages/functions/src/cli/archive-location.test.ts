import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { KeyBackupInsideArchive, openKeyBackupLocation } from "./archive-location";

const folder = mkdtempSync(join(tmpdir(), "meetstream-locations-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the key backup's location", () => {
  test("a file is written whole, for its owner only, and read back", async () => {
    const location = openKeyBackupLocation(join(folder, "keys", "backup"), {
      archive: join(folder, "archive"),
    });
    await location.write("sealed\n");
    expect(await location.read()).toBe("sealed\n");
    expect(statSync(join(folder, "keys", "backup")).mode & 0o777).toBe(0o600);
  });

  test.for([
    ["a file in the archive folder", join(folder, "archive", "keys"), join(folder, "archive")],
    ["the archive folder itself", join(folder, "archive"), join(folder, "archive")],
    ["an object under the archive's prefix", "s3://backups/archive/keys", "s3://backups/archive"],
    ["an object in an archive that is the whole bucket", "s3://backups/keys", "s3://backups"],
  ])("%s is refused", ([, keyBackup, archive]) => {
    expect(() => openKeyBackupLocation(keyBackup as string, { archive: archive as string })).toThrow(
      KeyBackupInsideArchive,
    );
  });

  test.for([
    ["a file beside the archive folder", join(folder, "archive-keys"), join(folder, "archive")],
    ["another bucket", "s3://keys/backup", "s3://backups/archive/"],
    ["another prefix of the archive's bucket", "s3://backups/keys/backup", "s3://backups/archive/"],
  ])("%s is apart from the archive", ([, keyBackup, archive]) => {
    openKeyBackupLocation(keyBackup as string, { archive: archive as string }).close();
  });
});
