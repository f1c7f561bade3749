#!/usr/bin/env node
import { parseArgs } from "node:util";
import { personalDataStore } from "@meetstream/core/keys";
import { meetstreamEventTypes, meetstreamProjections } from "@meetstream/core/meetstream";
import { quarantinedStreams } from "@meetstream/core/projection/quarantine";
import { dataFolder } from "../stores/data-folder";
import { openLocalStores } from "../stores/local-stores";
import { backupCommand } from "./backup-command";
import { catalog } from "./cli-stores";
import { migrateCommand } from "./migrate";
import { rebuildOffline } from "./rebuild";
import { retryQuarantinedCommand } from "./retry-quarantined";
import { formatStatistics } from "./statistics";

const usage = `usage: pnpm cli <command> [options]

commands:
  stats     what the local event store and documents hold
  retry-quarantined
            fold the streams a projection set aside again (after a fix), lifting those that now project;
            in the data folder, or in DynamoDB with the three --…-table options
  rebuild   fold every stream again into its documents, written all at once at the end (a local
            host running meanwhile serves the documents as they were; its writes wait, failing after 5 s)
  migrate   refold the streams an older Meetstream projected (the local host does it on its first
            start); in the data folder, or in DynamoDB with the three --…-table options
  export    copy the whole event log into an archive (NDJSON, one folder per day), then every
            key into a key backup sealed with the backup secret
  restore   put an archive and its key backup back into an EMPTY event store, delete again the
            keys of members the log says were erased, then rebuild the documents
            (--resume: go on with a restore of the same archive that stopped)

options:
  --data <folder>             the local data folder (default: MEETSTREAM_DATA, else .data at the repository root)
  --archive <folder | s3://bucket/prefix>
                              where export writes and restore reads (required for both)
  --key-backup <file | s3://bucket/key>
                              where export writes and restore reads the key backup, apart from the
                              archive; the backup secret (32+ characters, e.g. openssl rand -base64 32)
                              from MEETSTREAM_BACKUP_SECRET or:
  --backup-secret-file <path> a file holding the backup secret
  --without-keys              export: the archive alone; restore: without a key backup, every member's
                              personal data reading as erased (it says how many members that is)
  --s3-endpoint <url>         an S3-compatible server instead of AWS
  --events-table <name>       export from / restore into DynamoDB instead of the data folder;
  --documents-table <name>    restore needs all three tables (region and credentials from the
  --keys-table <name>         usual AWS settings)
  --dynamodb-endpoint <url>   a DynamoDB-compatible server instead of AWS

The archive holds personal data sealed, as the log does; the keys are never in it, but in the key
backup. Keep the archive, the key backup and the backup secret in three places.`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      data: { type: "string" },
      archive: { type: "string" },
      "key-backup": { type: "string" },
      "backup-secret-file": { type: "string" },
      "without-keys": { type: "boolean" },
      "s3-endpoint": { type: "string" },
      "events-table": { type: "string" },
      "documents-table": { type: "string" },
      "keys-table": { type: "string" },
      "dynamodb-endpoint": { type: "string" },
      resume: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  switch (command) {
    case "retry-quarantined":
      return retryQuarantinedCommand({
        data: values.data,
        eventsTable: values["events-table"],
        documentsTable: values["documents-table"],
        keysTable: values["keys-table"],
        dynamodbEndpoint: values["dynamodb-endpoint"],
      });
    case "migrate":
      return migrateCommand({
        data: values.data,
        eventsTable: values["events-table"],
        documentsTable: values["documents-table"],
        keysTable: values["keys-table"],
        dynamodbEndpoint: values["dynamodb-endpoint"],
      });
    case "stats":
    case "rebuild":
      return localCommand(command, values.data);
    case "export":
    case "restore":
      return backupCommand(
        command,
        {
          data: values.data,
          archive: values.archive,
          keyBackup: values["key-backup"],
          backupSecretFile: values["backup-secret-file"],
          withoutKeys: values["without-keys"],
          resume: values.resume,
          s3Endpoint: values["s3-endpoint"],
          eventsTable: values["events-table"],
          documentsTable: values["documents-table"],
          keysTable: values["keys-table"],
          dynamodbEndpoint: values["dynamodb-endpoint"],
        },
        usage,
      );
    default:
      console.error(`unknown command ${JSON.stringify(command)}\n\n${usage}`);
      return 2;
  }
}

async function localCommand(command: "stats" | "rebuild", data: string | undefined): Promise<number> {
  const folder = dataFolder(data);
  const stores = openLocalStores(folder, catalog);
  try {
    if (command === "stats") {
      console.log(formatStatistics(folder, stores, await quarantinedStreams(stores.documents)));
      return 0;
    }
    const result = await rebuildOffline({
      database: stores.database,
      // Projections read personal fields opened, as they were when first projected.
      events: personalDataStore(stores.events, stores.keys, meetstreamEventTypes),
      documents: stores.documents,
      projections: meetstreamProjections,
    });
    console.log(
      `rebuilt ${result.streamsDone} streams (${result.eventsDone} events, ${result.streamsQuarantined} quarantined) in ${result.seconds.toFixed(2)} s`,
    );
    return 0;
  } finally {
    stores.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
