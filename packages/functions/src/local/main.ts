#!/usr/bin/env node
import { parseArgs } from "node:util";
import { dataFolder } from "../stores/data-folder";
import { startLocalHost } from "./host";

const usage = `usage: pnpm start [--port <port>] [--host <address>] [--data <folder>] [--web <folder>] [--app-origin <origin>] [--no-demo]

options:
  --port <port>          default MEETSTREAM_PORT, else 4000; 0 picks a free port
  --host <address>       default MEETSTREAM_HOST, else 127.0.0.1
  --data <folder>        default MEETSTREAM_DATA, else .data at the repository root
  --web <folder>         the built web app; default packages/web/dist
  --app-origin <origin>  where the web app runs if not here (a Vite dev server); default MEETSTREAM_APP_ORIGIN
  --no-demo              on first start (an empty data folder), do not seed the demo community; or MEETSTREAM_DEMO=off`;

function port(value: string | undefined): number {
  if (value === undefined) return 4000;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535) throw new Error(`${value} is not a port`);
  return parsed;
}

/** The demo is seeded unless MEETSTREAM_DEMO says no. */
const demoWanted = (value: string | undefined): boolean =>
  !["off", "no", "false", "0"].includes(value?.trim().toLowerCase() ?? "");

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      data: { type: "string" },
      web: { type: "string" },
      "app-origin": { type: "string" },
      "no-demo": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const host = await startLocalHost({
    port: port(values.port ?? process.env.MEETSTREAM_PORT),
    host: values.host ?? process.env.MEETSTREAM_HOST,
    dataFolder: dataFolder(values.data),
    webDistribution: values.web,
    appOrigin: values["app-origin"] ?? process.env.MEETSTREAM_APP_ORIGIN,
    seedDemo: !values["no-demo"] && demoWanted(process.env.MEETSTREAM_DEMO),
  });
  const demo = host.demo
    ? `  demo     ${host.url}/communities/${host.demo.slug}: sign in as ${host.demo.organiserEmail} (organiser)\n`
    : "";
  console.log(
    `\nMeetstream is running at ${host.url}\n  API      ${host.url}/graphql\n  mailbox  ${host.url}/dev/mailbox\n${demo}`,
  );

  // Ctrl-C reaches this process twice (from the terminal, and relayed by tsx): the first one stops it.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: finishing requests in flight, then stopping`);
    host.close().then(
      () => {
        process.exitCode = 0;
      },
      (error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
