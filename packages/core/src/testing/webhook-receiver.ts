/** A webhook receiver for tests: a real HTTP server on loopback that records what it is sent. */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How the receiver answers a request: a status (and body), or nothing at all (it hangs). */
export type ReceiverAnswer = { status: number; body?: string; headers?: Record<string, string> } | "hang";

export interface Receiver {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  requests: ReceivedRequest[];
  /** Connections accepted, whether or not a request came on them. */
  connections: number;
  close(): Promise<void>;
}

/** A real HTTP receiver on loopback; `answer` says what it answers to each request, in turn. */
export async function startReceiver(
  answer: (request: ReceivedRequest, index: number) => ReceiverAnswer = () => ({ status: 200 }),
): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const received = {
        method: request.method ?? "",
        path: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      const answered = answer(received, requests.length);
      requests.push(received);
      if (answered === "hang") return;
      response.writeHead(answered.status, answered.headers).end(answered.body ?? "");
    });
  });
  server.on("connection", (socket) => {
    connections++;
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
