// Per integration file: no database means failure, never a silent skip.
import { afterAll } from "vitest";
import { MISSING_DATABASE_URL } from "./global-setup";
import { closeTestDb } from "./db";

if (!process.env.DATABASE_URL) throw new Error(MISSING_DATABASE_URL);

afterAll(closeTestDb);
