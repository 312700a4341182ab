// The demo accounts of README.md: part of the product's contract.
export const PASSWORD = "demo-pass-2026";

export const personas = {
  subscriber: { email: "subscriber@demo.test" },
  admin: { email: "admin@acme.test" },
  employee: { email: "employee@acme.test" },
  fleet: { email: "fleet@acme.test" },
  sla: { email: "sla@bigcorp.test" },
  dispatcher: { email: "dispatcher@operator.test" },
  technician: { email: "technician@operator.test" },
  agent: { email: "agent@operator.test" },
} as const;
export type Persona = keyof typeof personas;

export const stateFile = (p: Persona) => `e2e/.auth/${p}.json`;
