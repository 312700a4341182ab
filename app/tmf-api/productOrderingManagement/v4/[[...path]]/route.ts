// The TMF facade at /tmf-api/productOrderingManagement/v4 (server/tmf/apis/product-order.ts).
import { getDeps } from "~/server/container";
import { tmfRoute } from "~/server/tmf/kit/serve";
import { productOrderApi } from "~/server/tmf/apis/product-order";

export const dynamic = "force-dynamic";
export const { GET, POST, PATCH } = tmfRoute(productOrderApi, getDeps);
