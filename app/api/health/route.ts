import { getDeps } from "~/server/container";
import { health } from "~/server/modules/system/system.service";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    return Response.json(await health(getDeps()));
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
