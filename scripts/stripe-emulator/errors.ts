// Stripe-shaped API errors: the SDK maps `error.type` to its error classes, so the shape must match exactly.
export type StripeErrorBody = {
  type: string;
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
  payment_intent?: unknown;
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
  }
}

export function invalidParam(param: string, message?: string): ApiError {
  return new ApiError(400, {
    type: "invalid_request_error",
    code: "parameter_missing",
    param,
    message: message ?? `Missing required param: ${param}.`,
  });
}

export function invalidRequest(message: string, param?: string): ApiError {
  return new ApiError(400, { type: "invalid_request_error", message, ...(param ? { param } : {}) });
}

export function missing(id: string, param = "id"): ApiError {
  return new ApiError(404, { type: "invalid_request_error", code: "resource_missing", param, message: `No such object: '${id}'` });
}
