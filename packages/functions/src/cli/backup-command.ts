import { dataFolder } from "../stores/data-folder";
import { existingLocalSecrets, restoreLocalSecrets } from "../stores/secrets";
import { openArchive, openKeyBackupLocation } from "./archive-location";
import { backupSecret } from "./backup-secret";
import { catalog, openCliStores } from "./cli-stores";
import { exportArchive } from "./export";
import { restoreArchive } from "./restore";

export interface BackupCommandOptions {
  data?: string;
  archive?: string;
  keyBackup?: string;
  backupSecretFile?: string;
  withoutKeys?: boolean;
  resume?: boolean;
  s3Endpoint?: string;
  eventsTable?: string;
  documentsTable?: string;
  keysTable?: string;
  dynamodbEndpoint?: string;
}

const keyBackupOptions =
  "--key-backup <file | s3://bucket/key> (apart from the archive) and the backup secret (MEETSTREAM_BACKUP_SECRET, or --backup-secret-file <path>)";

/**
 * What `export` and `restore` need before they touch anything, or why they refuse: the message for the
 * operator, and exit code 2.
 */
function refusal(command: "export" | "restore", options: BackupCommandOptions): string | undefined {
  if (!options.archive) return `${command} needs --archive <folder | s3://bucket/prefix>`;
  if (options.keyBackup && options.withoutKeys) return "give either --key-backup or --without-keys, not both";
  if (options.keyBackup || options.withoutKeys) return undefined;
  return command === "export"
    ? `export writes the archive and a key backup, without which a restore brings back every member as erased: give ${keyBackupOptions}. To write the archive alone (the keys kept another way, e.g. the Keys table's point-in-time recovery), give --without-keys`
    : `restore needs the key backup taken with the archive: give ${keyBackupOptions}. Without it every member's personal data reads as erased; if you accept that, give --without-keys`;
}

/** `pnpm cli export` and `pnpm cli restore`: prints what was done, and returns the exit code. */
export async function backupCommand(
  command: "export" | "restore",
  options: BackupCommandOptions,
  usage: string,
): Promise<number> {
  const refused = refusal(command, options);
  if (refused) {
    console.error(`${refused}\n\n${usage}`);
    return 2;
  }
  const archiveLocation = options.archive as string;
  const folder = options.eventsTable === undefined ? dataFolder(options.data) : undefined;
  const localSecrets = folder === undefined ? undefined : existingLocalSecrets(folder);
  // The secret and the key backup's place are checked before any store or archive is opened.
  const secret = options.keyBackup
    ? backupSecret({
        file: options.backupSecretFile,
        dataFolderSecrets: localSecrets ? [localSecrets.emailSecret] : [],
      })
    : undefined;
  const keyBackup = options.keyBackup
    ? openKeyBackupLocation(options.keyBackup, { archive: archiveLocation, s3Endpoint: options.s3Endpoint })
    : undefined;
  const archive = openArchive(archiveLocation, { s3Endpoint: options.s3Endpoint });
  const stores = openCliStores(options);
  try {
    if (command === "export") {
      const result = await exportArchive({
        events: stores.events,
        bucket: archive.bucket,
        keyBackup:
          keyBackup && secret
            ? { keys: stores.keys, location: keyBackup, secret, emailSecret: localSecrets?.emailSecret }
            : undefined,
      });
      console.log(
        `exported ${result.eventsDone} events of ${result.streamsDone} streams from ${stores.description} to ${archive.description} (${result.objectsWritten} objects) in ${result.seconds.toFixed(2)} s`,
      );
      console.log(
        keyBackup
          ? `backed up ${result.keysBackedUp} keys${localSecrets ? " and the data folder's email secret" : ""} to ${keyBackup.description}: keep it, and the backup secret, apart from the archive`
          : "wrote no key backup (--without-keys): a restore of this archive alone brings back every member as erased",
      );
      return 0;
    }

    const { restored, keys, rebuilt, seconds } = await restoreArchive({
      ...stores,
      bucket: archive.bucket,
      catalog,
      keyBackup: keyBackup && secret ? { text: await keyBackup.read(), secret } : undefined,
      withoutKeys: options.withoutKeys ?? false,
      resume: options.resume ?? false,
    });
    console.log(
      `restored ${restored.eventsDone} events of ${restored.streamsDone} streams from ${archive.description} into ${stores.description}, rebuilt the documents of ${rebuilt.streamsDone} streams, in ${seconds.toFixed(2)} s`,
    );
    if (keyBackup)
      console.log(
        `put back ${keys.restored} keys from the key backup taken at ${keys.backupTakenAt}; deleted again the keys of ${keys.erasedAgain} members erased since`,
      );
    if (keys.membersWithoutKey > 0)
      console.log(
        keyBackup
          ? `warning: ${keys.membersWithoutKey} members have no key in the key backup (they joined after it was taken): their personal data reads as erased`
          : `restored without keys (--without-keys): the personal data of ${keys.membersWithoutKey} members reads as erased`,
      );
    if (keys.emailSecret !== undefined && folder !== undefined) {
      const secrets = restoreLocalSecrets(folder, { emailSecret: keys.emailSecret });
      if (secrets === "written") console.log("put back the data folder's email secret (secrets.json)");
      if (secrets === "different")
        console.log(
          "warning: the data folder's secrets.json holds another email secret than the key backup, so returning members who sign in are registered as new members: to keep them, restore into a data folder without secrets.json",
        );
    }
    return 0;
  } finally {
    keyBackup?.close();
    stores.close();
    archive.close();
  }
}
