// A TCP proxy in front of the test database, to take PostgreSQL away and bring it back as an outage would: open
// connections are cut and new ones refused, then the port listens again. The database itself never stops, so the
// rest of the suite is untouched.
import { createServer, connect, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { createDb, type Db } from "~/server/db/client";
import { env } from "~/server/env";

export type DbProxy = { db: Db; down(): Promise<void>; up(): Promise<void>; close(): Promise<void> };

export async function startDbProxy(): Promise<DbProxy> {
  const target = new URL(env.DATABASE_URL);
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
        client.on("close", () => upstream.destroy());
        upstream.on("close", () => client.destroy());
      });
      s.once("error", reject);
      s.listen(port, "127.0.0.1", () => {
        port = (s.address() as AddressInfo).port;
        server = s;
        resolve();
      });
    });
  const down = async () => {
    const s = server;
    server = null;
    for (const socket of sockets) socket.destroy();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  await listen();
  const url = Object.assign(new URL(env.DATABASE_URL), { hostname: "127.0.0.1", port: String(port) }).toString();
  const db = createDb(url, 4);
  return {
    db,
    down,
    up: listen,
    close: async () => {
      await db.$disconnect().catch(() => undefined);
      await down();
    },
  };
}
