import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createClient } from "@openauthjs/openauth/client";
import { describe, expect, test } from "vitest";
import { webClientId } from "../auth/subjects";
import { secretsFile } from "../stores/secrets";
import { graphqlRequest } from "../testing/graphql-request";
import { signIn } from "../testing/sign-in";
import { dataFoldersRemovedAfterAll, startTestHost } from "../testing/test-host";

const dataFolder = dataFoldersRemovedAfterAll();

const wait = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe("the local host", () => {
  test("serves the web app, with index.html for its pages and for the sign-in callback", async () => {
    const distribution = join(dataFolder(), "dist");
    mkdirSync(join(distribution, "assets"), { recursive: true });
    writeFileSync(join(distribution, "index.html"), "<!doctype html><title>Meetstream app</title>");
    writeFileSync(join(distribution, "assets", "app.js"), "export {}");
    const host = await startTestHost({ dataFolder: dataFolder(), webDistribution: distribution });
    try {
      for (const path of ["/", "/members/ann", "/signin/callback?code=abc&state=xyz"]) {
        const page = await fetch(`${host.url}${path}`);
        expect(await page.text()).toContain("<title>Meetstream app</title>");
      }
      expect((await fetch(`${host.url}/assets/app.js`)).headers.get("content-type")).toContain("javascript");
    } finally {
      await host.close();
    }
  });

  test("sends the web app's script over HTTP in brotli or gzip as the browser asks, decoding to the same bytes", async () => {
    const distribution = join(dataFolder(), "dist");
    mkdirSync(join(distribution, "assets"), { recursive: true });
    writeFileSync(join(distribution, "index.html"), "<!doctype html><title>Meetstream app</title>");
    const script = Array.from({ length: 3_000 }, (_, line) => `export const line${line} = "${line}";\n`).join(
      "",
    );
    writeFileSync(join(distribution, "assets", "index-1a2b3c.js"), script);
    const host = await startTestHost({ dataFolder: dataFolder(), webDistribution: distribution });
    /** The raw answer, as it came over the wire: fetch would decode it and hide how it was sent. */
    const raw = (acceptEncoding?: string) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
        (resolve, reject) => {
          const url = new URL("/assets/index-1a2b3c.js", host.url);
          const outgoing = request(
            url,
            { headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} },
            (incoming) => {
              const chunks: Buffer[] = [];
              incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
              incoming.on("end", () => resolve({ headers: incoming.headers, body: Buffer.concat(chunks) }));
              incoming.on("error", reject);
            },
          );
          outgoing.on("error", reject);
          outgoing.end();
        },
      );
    try {
      const brotli = await raw("gzip, deflate, br");
      expect(brotli.headers["content-encoding"]).toBe("br");
      expect(brotli.headers.vary).toBe("accept-encoding");
      expect(brotli.headers["content-length"]).toBe(String(brotli.body.length));
      expect(brotliDecompressSync(brotli.body).toString()).toBe(script);

      const gzipped = await raw("gzip");
      expect(gzipped.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(gzipped.body).toString()).toBe(script);

      const plain = await raw();
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.headers.vary).toBe("accept-encoding");
      expect(plain.body.toString()).toBe(script);
    } finally {
      await host.close();
    }
  });

  test("shows a message of the dev mailbox whole: headers, the HTML part sandboxed, the text, attachments to download", async () => {
    const host = await startTestHost({ dataFolder: dataFolder() });
    try {
      await host.mailbox.send({
        to: "ann@example.com",
        subject: "Rescheduled",
        text: "It moved to Thursday.",
        html: "<p>It moved to <b>Thursday</b>.</p><script>alert(1)</script>",
        headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
        attachments: [
          {
            fileName: "meet up\r\n.ics",
            contentType: "text/calendar; method=REQUEST",
            content: "BEGIN:VCALENDAR",
          },
        ],
      });
      const [message] = (await (await fetch(`${host.url}/dev/mailbox.json`)).json()) as { id: string }[];
      const address = `${host.url}/dev/mailbox/${message?.id}`;
      expect(await (await fetch(`${host.url}/dev/mailbox`)).text()).toContain(
        `href="/dev/mailbox/${message?.id}"`,
      );

      const whole = await (await fetch(address)).text();
      expect(whole).toContain("List-Unsubscribe=One-Click");
      expect(whole).toContain("It moved to Thursday.");
      expect(whole).toContain(
        `<iframe sandbox title="The HTML part" src="/dev/mailbox/${message?.id}/html">`,
      );
      expect(whole).not.toContain("<script>");

      const html = await fetch(`${address}/html`);
      expect(html.headers.get("content-security-policy")).toMatch(/^sandbox; default-src 'none'/);
      expect(await html.text()).toContain("<b>Thursday</b>");

      const attachment = await fetch(`${address}/attachments/0`);
      expect(attachment.headers.get("content-type")).toBe("text/calendar; method=REQUEST");
      expect(attachment.headers.get("content-disposition")).toBe('attachment; filename="meet_up__.ics"');
      expect(await attachment.text()).toBe("BEGIN:VCALENDAR");

      expect((await fetch(`${address}/attachments/1`)).status).toBe(404);
      expect((await fetch(`${host.url}/dev/mailbox/no-such-message`)).status).toBe(404);
    } finally {
      await host.close();
    }
  });

  test("lists the dev mailbox newest first, as a page and as JSON, escaping what it shows", async () => {
    const host = await startTestHost({ dataFolder: dataFolder() });
    try {
      await host.mailbox.send({ to: "ann@example.com", subject: "first", text: "one" });
      await host.mailbox.send({ to: "bob@example.com", subject: "<script>alert(1)</script>", text: "two" });

      const page = await (await fetch(`${host.url}/dev/mailbox`)).text();
      expect(page).not.toContain("<script>alert(1)</script>");
      expect(page.indexOf("bob@example.com")).toBeLessThan(page.indexOf("ann@example.com"));
      const json = await (await fetch(`${host.url}/dev/mailbox.json`)).json();
      expect(json.map((message: { to: string }) => message.to)).toEqual([
        "bob@example.com",
        "ann@example.com",
      ]);
    } finally {
      await host.close();
    }
  });

  test("after a restart on the same data folder, profiles, sign-ins and tokens are all still there", async () => {
    const folder = dataFolder();
    const first = await startTestHost({ dataFolder: folder });
    const tokens = await signIn(first.url, "ann@example.com");
    await graphqlRequest(first.url, 'mutation { updateProfile(input: { handle: "ann" }) { __typename } }', {
      token: tokens.access,
    });
    await first.close();
    // As long as a real restart takes: fetch must first see that its kept-alive connections were closed,
    // or it sends the next request down one of them (a browser would retry; fetch does not retry a POST).
    await wait(100);
    const secret = statSync(secretsFile(folder));

    const again = await startTestHost({ dataFolder: folder, port: Number(new URL(first.url).port) });
    try {
      const { body } = await graphqlRequest<{ me: { email: string; member: { handle: string } } }>(
        again.url,
        "{ me { email member { handle } } }",
        { token: tokens.access },
      );
      expect(body.data?.me).toEqual({ email: "ann@example.com", member: { handle: "ann" } });
      const refreshed = await createClient({ clientID: webClientId, issuer: `${again.url}/auth` }).refresh(
        tokens.refresh,
      );
      expect(refreshed.err).toBeFalsy();
      expect(statSync(secretsFile(folder)).mtimeMs).toBe(secret.mtimeMs);
      expect(secret.mode & 0o777).toBe(0o600);
    } finally {
      await again.close();
    }
  });

  test("closing finishes the request in flight, and takes no new one", async () => {
    const host = await startTestHost({ dataFolder: dataFolder() });
    const body = JSON.stringify({ query: "{ me { email } }" });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const sending = request(
        `${host.url}/graphql`,
        {
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (answer) => {
          let text = "";
          answer.on("data", (chunk) => {
            text += chunk;
          });
          answer.on("end", () => resolve({ status: answer.statusCode ?? 0, text }));
        },
      );
      sending.on("error", reject);
      // Half the body now, the rest once the host has begun to close.
      sending.write(body.slice(0, 10));
      setTimeout(() => sending.end(body.slice(10)), 300);
    });
    await wait(100);

    const closed = host.close();
    await expect(fetch(`${host.url}/graphql`)).rejects.toThrow();
    expect(await response).toEqual({ status: 200, text: JSON.stringify({ data: { me: null } }) });
    await closed;
  });

  test("refuses a body over 100 KB with 413, even one sent without a length", async () => {
    const host = await startTestHost({ dataFolder: dataFolder() });
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const sending = request(
          `${host.url}/auth/token`,
          { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" } },
          (answer) => {
            answer.resume();
            resolve(answer.statusCode ?? 0);
          },
        );
        sending.on("error", reject);
        for (let chunk = 0; chunk < 30; chunk++) sending.write("x".repeat(5000));
        sending.end();
      });
      expect(status).toBe(413);
    } finally {
      await host.close();
    }
  });
});
