// Demo mode: the embedded database of `npm start`'s defaults, or DEMO=1. Only then does start-up seed the demo world
// (with its published password) and show the dev mailbox; against an external database it creates nobody.
export function demoMode(env: Record<string, string | undefined>): boolean {
  return !env.DATABASE_URL || env.DEMO === "1" || env.DEMO === "true";
}
