// Outgoing e-mail over SMTP. Delivery goes through the outbox and the worker, never from a request.
import nodemailer from "nodemailer";
import { env } from "~/server/env";

export type Mail = { to: string; subject: string; text: string };

/** What the e-mail job needs; tests pass a fake that records calls. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

export function createMailer(smtpUrl: string, from: string = env.MAIL_FROM): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true, // the worker sends in bursts: reuse connections
    // Bounded waits: a hung SMTP server must fail the job (and let pg-boss retry) instead of stalling the worker.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send({ to, subject, text }) {
      await transport.sendMail({ from, to, subject, text });
    },
    close: () => transport.close(),
  };
}
