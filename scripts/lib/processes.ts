// Child processes for the launcher and the test runner: run to completion, or keep running
// with prefixed output; all of them are stopped together on shutdown.
import { alive, commOf } from "./proc";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const live = new Set<ChildProcess>();
const exitCallbacks: Array<() => void> = [];

export const root = path.resolve(import.meta.dirname, "..", "..");

/** A tool from node_modules/.bin: what npx would run, without npm's start-up cost. */
export function bin(name: string): string {
  return path.join(root, "node_modules", ".bin", name);
}

/** A path for messages: relative when inside the project. */
export function shown(p: string): string {
  const rel = path.relative(root, p);
  return rel && !rel.startsWith("..") ? rel : p;
}

type Options = { env?: NodeJS.ProcessEnv; cwd?: string };

function launch(cmd: string, args: string[], opts: Options, stdio: "inherit" | "pipe"): ChildProcess {
  // Own process group, so stopping a child also stops what it spawned (npx, next's workers).
  const child = spawn(cmd, args, { cwd: opts.cwd ?? root, env: opts.env ?? process.env, stdio: ["ignore", stdio, stdio], detached: true });
  live.add(child);
  child.on("close", () => live.delete(child));
  return child;
}

function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.on("error", (err) => {
      console.error(`${child.spawnfile}: ${err.message}`);
      resolve(127);
    });
    child.on("close", (code, signal) => resolve(code ?? 128 + (signal ? signalNumber(signal) : 0)));
  });
}

function signalNumber(signal: NodeJS.Signals) {
  return ({ SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 } as Record<string, number>)[signal] ?? 0;
}

/** Runs to the end with the terminal's stdout/stderr; resolves with the exit code. */
export function run(cmd: string, args: string[], opts: Options = {}): Promise<number> {
  return exitCode(launch(cmd, args, opts, "inherit"));
}

/** Like run, but a non-zero exit throws with the given message. */
export async function mustRun(what: string, cmd: string, args: string[], opts: Options = {}): Promise<void> {
  const code = await run(cmd, args, opts);
  if (code !== 0) throw new Error(`${what} failed (exit ${code})`);
}

export type Service = { name: string; child: ChildProcess; exited: Promise<number> };

/** Starts a long-running child whose output lines are prefixed with its name. */
export function service(name: string, cmd: string, args: string[], opts: Options = {}): Service {
  const child = launch(cmd, args, opts, "pipe");
  const prefix = `[${name}] `;
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    let buf = "";
    from?.setEncoding("utf8");
    from?.on("data", (d: string) => {
      const lines = (buf + d).split("\n");
      buf = lines.pop() ?? "";
      for (const line of lines) to.write(prefix + line + "\n");
    });
    from?.on("end", () => buf && to.write(prefix + buf + "\n"));
  }
  return { name, child, exited: exitCode(child) };
}

/** Polls until url answers 200; fails early if one of the services exits meanwhile. */
export async function waitForHttp(url: string, opts: { timeoutMs?: number; services?: Service[] } = {}): Promise<void> {
  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  let died: string | undefined;
  for (const s of opts.services ?? []) void s.exited.then((code) => (died ??= `${s.name} exited (code ${code})`));
  let last = "no answer";
  while (Date.now() < deadline) {
    if (died) throw new Error(`${died} before ${url} answered`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.status === 200) return;
      last = `status ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer 200 in time (last: ${last})`);
}

/** SIGTERM to every live child's group, SIGKILL to those still there after the grace period. */
export async function stopAll(graceMs = 10_000): Promise<void> {
  const children = [...live];
  const gone = Promise.all(
    children.map((c) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r(null) : c.once("close", r)))),
  );
  for (const c of children) signalGroup(c, "SIGTERM");
  const timer = setTimeout(() => children.forEach((c) => signalGroup(c, "SIGKILL")), graceMs);
  await gone;
  clearTimeout(timer);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Runs fn (synchronously, errors ignored) when this process exits, also after an uncaught error. */
export function onExit(fn: () => void) {
  exitCallbacks.push(fn);
}

let cleanupFn: () => Promise<void> = stopAll;
let shutdown: Promise<never> | undefined;

/** Runs the cleanup once, then exits with code; later calls (and child exits meanwhile) are ignored. */
export function exitWith(code: number, reason?: string): Promise<never> {
  if (!shutdown) {
    if (reason) console.error(reason);
    shutdown = cleanupFn()
      .catch((err) => console.error(err))
      .then(() => process.exit(code));
  }
  return shutdown;
}

/** Cleanup for exitWith, SIGINT/SIGTERM/SIGHUP (exit 128+signal) and the npm parent going away; a second signal kills at once. */
export function handleShutdown(cleanup: () => Promise<void>) {
  cleanupFn = cleanup;
  exitWithNpm();
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (shutdown) process.exit(128 + signalNumber(signal)); // the exit hook kills the children
      void exitWith(128 + signalNumber(signal), `\n${signal}: stopping…`);
    });
  }
}

/**
 * `npm start`/`npm test` run us through `sh -c`, which does not pass on a SIGTERM sent to npm:
 * we would live on as orphans holding the ports. So stop when that npm (or the shell) is gone.
 */
function exitWithNpm() {
  if (!process.env.npm_lifecycle_event) return;
  const chain: number[] = [];
  for (let pid = process.ppid; pid > 1 && chain.length < 4; pid = parentOf(pid)) {
    chain.push(pid);
    if (commOf(pid).startsWith("npm")) {
      setInterval(() => {
        if (chain.some((p) => !alive(p))) void exitWith(143, "\nnpm is gone: stopping…");
      }, 1000).unref();
      return;
    }
  }
}

function parentOf(pid: number) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return 0;
  }
}

process.on("exit", () => {
  for (const c of live) signalGroup(c, "SIGKILL");
  for (const fn of exitCallbacks.splice(0)) {
    try {
      fn();
    } catch {
      // nothing left to do for it
    }
  }
});
