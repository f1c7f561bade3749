import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { tableOptions } from "./dynamo-tables";

const main = join(import.meta.dirname, "../cli/main.ts");

/**
 * `pnpm cli …` on DynamoDB tables (and, with `--s3-endpoint` among `args`, S3 buckets), as an operator runs
 * it against AWS, with `env` on top of this process's. Not waited for synchronously: dynalite and s3rver
 * answer from this very process. Resolves to what it printed; rejects on a non-zero exit.
 */
export async function cliOnTables(options: {
  tables: Parameters<typeof tableOptions>[0];
  dynamodbEndpoint: string;
  args: readonly string[];
  env?: Record<string, string>;
}): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      "--import",
      "tsx",
      main,
      ...options.args,
      ...tableOptions(options.tables),
      "--dynamodb-endpoint",
      options.dynamodbEndpoint,
    ],
    {
      encoding: "utf8",
      env: {
        ...process.env,
        AWS_REGION: "local",
        AWS_ACCESS_KEY_ID: "local",
        AWS_SECRET_ACCESS_KEY: "local",
        ...options.env,
      },
    },
  );
  return stdout;
}
