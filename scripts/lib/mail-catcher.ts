// A local SMTP server that hands every message it receives to onMail: the dev and test mailbox.
import { simpleParser } from "mailparser";
import pg from "pg";
import { SMTPServer } from "smtp-server";

export type CaughtMail = { from: string; to: string; subject: string; text: string };

export async function startMailCatcher(opts: {
  port?: number;
  onMail: (m: CaughtMail) => Promise<void>;
  log?: (s: string) => void;
}): Promise<{ port: number; url: string; stop(): Promise<void> }> {
  const log = opts.log ?? ((s: string) => console.error(s));
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    // Apps configured with SMTP credentials must still be able to send here: accept any login.
    allowInsecureAuth: true,
    onAuth: (auth, _session, cb) => cb(null, { user: auth.username ?? "dev" }),
    logger: false,
    banner: "portal mail catcher",
    size: 25 * 1024 * 1024,
    closeTimeout: 1000, // pooled senders keep connections open; do not wait 30 s for them on stop
    onData(stream, session, cb) {
      simpleParser(stream)
        .then((parsed) => {
          const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
          return opts.onMail({
            // Envelope addresses: what was really sent, including Bcc, as plain addresses.
            from: envelopeFrom || parsed.from?.text || "",
            to: session.envelope.rcptTo.map((r) => r.address).join(", "),
            subject: parsed.subject ?? "",
            text: (parsed.text ?? "").trimEnd(), // mailparser also derives text from HTML-only mail
          });
        })
        .then(
          () => cb(),
          (err: Error) => {
            log(`mail catcher: could not store a message: ${err.message}`);
            cb(Object.assign(new Error("Mail could not be stored"), { responseCode: 451 }));
          },
        );
    },
  });
  server.on("error", (err) => log(`mail catcher: ${err.message}`));

  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => {
      server.server.off("error", reject);
      resolve();
    });
  });
  const port = (server.server.address() as { port: number }).port;
  let stopping: Promise<void> | undefined;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    stop: () => (stopping ??= new Promise<void>((resolve) => server.close(() => resolve()))),
  };
}

/** Stores caught mail in the "DevMail" table that the dev mailbox page and e2e tests read. */
export function devMailbox(databaseUrl: string): { onMail: (m: CaughtMail) => Promise<void>; close(): Promise<void> } {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on("error", () => {}); // an idle client losing its server must not crash the launcher
  let closing: Promise<void> | undefined;
  return {
    onMail: async (m) => {
      await pool.query('INSERT INTO "DevMail" ("from", "to", subject, text) VALUES ($1, $2, $3, $4)', [m.from, m.to, m.subject, m.text]);
    },
    close: () => (closing ??= pool.end()),
  };
}
