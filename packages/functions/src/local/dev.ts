/**
 * `pnpm dev`: the local host, restarted when its code changes, behind the Vite dev server, which serves
 * the web app with hot reloading and forwards the API, sign-in and the dev mailbox to the host.
 * Ctrl-C stops both.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const viteOrigin = "http://localhost:5173";
const functionsFolder = fileURLToPath(new URL("../../", import.meta.url));

const children: ChildProcess[] = [
  spawn("pnpm", ["exec", "tsx", "watch", "src/local/main.ts", "--app-origin", viteOrigin], {
    cwd: functionsFolder,
    stdio: "inherit",
  }),
  spawn("pnpm", ["--filter", "@meetstream/web", "exec", "vite", "--port", "5173", "--strictPort"], {
    stdio: "inherit",
  }),
];

console.log(`\nMeetstream (development): open ${viteOrigin}\n`);

let stopping = false;
const stop = (code: number) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exitCode = code;
};
for (const child of children) child.on("exit", (code) => stop(code ?? 0));
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
