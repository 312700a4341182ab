// A request body read with a hard byte limit: a chunked upload has no Content-Length to check up front, and
// Request.formData() would buffer whatever arrives.

/** A copy of `req` whose body errors once more than `max` bytes arrived; `exceeded()` tells that case apart. */
export function withByteLimit(req: Request, max: number): { request: Request; exceeded: () => boolean } {
  let seen = 0;
  let exceeded = false;
  const body = req.body?.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > max) {
          exceeded = true;
          controller.error(new Error(`request body over ${max} bytes`));
        } else controller.enqueue(chunk);
      },
    }),
  );
  const init: RequestInit & { duplex: "half" } = { method: req.method, headers: req.headers, body: body ?? null, duplex: "half" };
  return { request: new Request(req.url, init), exceeded: () => exceeded };
}
