// Process look-ups shared by the launcher and the embedded PostgreSQL wrapper.
import { readFileSync } from "node:fs";

export function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by someone else
  }
}

/** The process's command name, or "" where /proc is absent. */
export function commOf(pid: number) {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
}
