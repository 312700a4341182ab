// How long a session lives and what names it: shared by the next-auth config, the principal check and housekeeping.
import { randomBytes } from "node:crypto";

/** A session's cookie is good for this long after its last use (next-auth re-signs it as it is used). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * However busy, a session ends this long after its sign-in. Without such a bound a cookie that keeps being re-signed
 * would outlive the record that its session was signed out (housekeeping drops those records after this long).
 */
export const SESSION_LIFETIME_SECONDS = 24 * 60 * 60;

/** 128 random bits, hex: the `sid` claim that lets sign-out end this one session and no other. */
export const newSessionId = () => randomBytes(16).toString("hex");
