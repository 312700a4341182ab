// The TMF facade at /tmf-api/customerBillManagement/v4 (server/tmf/apis/customer-bill.ts).
import { getDeps } from "~/server/container";
import { tmfRoute } from "~/server/tmf/kit/serve";
import { customerBillApi } from "~/server/tmf/apis/customer-bill";

export const dynamic = "force-dynamic";
export const { GET, POST, PATCH } = tmfRoute(customerBillApi, getDeps);
