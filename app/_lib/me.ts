import "server-only";
import { cache } from "react";
import { api, orPage } from "./trpc/server";

/** The signed-in person, read once per request however many layouts and pages ask (signed out → sign-in). */
export const getMe = cache(async () => orPage((await api()).me.get()));
