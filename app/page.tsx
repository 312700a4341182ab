import { redirect } from "next/navigation";
import { api } from "./_lib/trpc/server";

export default async function Home() {
  const { actor } = await api();
  redirect(!actor ? "/sign-in" : actor.kind === "staff" ? "/staff" : "/dashboard");
}
