// All emulator state in one plain JSON-able object, so a state file can carry it across restarts.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { missing } from "./errors";
import type { SessionPrivate, StripeObject } from "./types";

export type StoredResponse = { fingerprint: string; status: number; body: string };

type State = {
  objects: Record<string, StripeObject>;
  sessions: Record<string, SessionPrivate>;
  // Which test card number a saved PaymentMethod came from, so a later off-session charge behaves like that card.
  cardNumbers: Record<string, string>;
  idempotency: Record<string, StoredResponse>;
};

type Kind = StripeObject["object"];
type ByKind<K extends Kind> = Extract<StripeObject, { object: K }>;

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export function newId(prefix: string): string {
  const bytes = randomBytes(24);
  let out = "";
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return `${prefix}_${out}`;
}

export class Store {
  private state: State = { objects: {}, sessions: {}, cardNumbers: {}, idempotency: {} };

  constructor(private readonly file?: string) {
    if (file && existsSync(file)) this.state = { ...this.state, ...(JSON.parse(readFileSync(file, "utf8")) as Partial<State>) };
  }

  put<T extends StripeObject>(obj: T): T {
    this.state.objects[obj.id] = obj;
    return obj;
  }

  find<K extends Kind>(id: string, kind: K): ByKind<K> | undefined {
    const obj = this.state.objects[id];
    return obj && obj.object === kind ? (obj as ByKind<K>) : undefined;
  }

  any(id: string): StripeObject | undefined {
    return this.state.objects[id];
  }

  get<K extends Kind>(id: string, kind: K, param = "id"): ByKind<K> {
    const obj = this.find(id, kind);
    if (!obj) throw missing(id, param);
    return obj;
  }

  all<K extends Kind>(kind: K): ByKind<K>[] {
    return Object.values(this.state.objects).filter((o): o is ByKind<K> => o.object === kind);
  }

  sessionPrivate(id: string): SessionPrivate {
    return this.state.sessions[id] ?? { productName: null, paymentIntentMetadata: {}, setupFutureUsage: null, setupIntentMetadata: {} };
  }

  setSessionPrivate(id: string, value: SessionPrivate): void {
    this.state.sessions[id] = value;
  }

  cardNumber(paymentMethodId: string): string | undefined {
    return this.state.cardNumbers[paymentMethodId];
  }

  setCardNumber(paymentMethodId: string, number: string): void {
    this.state.cardNumbers[paymentMethodId] = number;
  }

  idempotent(key: string): StoredResponse | undefined {
    return this.state.idempotency[key];
  }

  remember(key: string, response: StoredResponse): void {
    this.state.idempotency[key] = response;
  }

  // Write-then-rename so a crash mid-write never leaves a truncated state file behind.
  save(): void {
    if (!this.file) return;
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.state));
    renameSync(tmp, this.file);
  }
}
