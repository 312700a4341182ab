// The TMF facade at /tmf-api/troubleTicket/v4 (server/tmf/apis/trouble-ticket.ts).
import { getDeps } from "~/server/container";
import { tmfRoute } from "~/server/tmf/kit/serve";
import { troubleTicketApi } from "~/server/tmf/apis/trouble-ticket";

export const dynamic = "force-dynamic";
export const { GET, POST, PATCH } = tmfRoute(troubleTicketApi, getDeps);
