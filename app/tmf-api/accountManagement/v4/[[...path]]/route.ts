// The TMF facade at /tmf-api/accountManagement/v4 (server/tmf/apis/account.ts).
import { getDeps } from "~/server/container";
import { tmfRoute } from "~/server/tmf/kit/serve";
import { accountApi } from "~/server/tmf/apis/account";

export const dynamic = "force-dynamic";
export const { GET, POST, PATCH } = tmfRoute(accountApi, getDeps);
