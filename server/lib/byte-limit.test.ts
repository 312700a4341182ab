import { describe, expect, it } from "vitest";
import { withByteLimit } from "./byte-limit";

/** A chunked body: a stream, so no Content-Length. */
function chunked(chunks: number, size: number): Request {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (sent++ < chunks) c.enqueue(new Uint8Array(size).fill(97));
      else c.close();
    },
  });
  const init: RequestInit & { duplex: "half" } = { method: "POST", body, duplex: "half", headers: { "Content-Type": "text/plain" } };
  return new Request("http://portal.test/upload", init);
}

describe("withByteLimit", () => {
  it("passes a body within the limit through whole", async () => {
    const { request, exceeded } = withByteLimit(chunked(4, 1000), 4000);
    expect((await request.text()).length).toBe(4000);
    expect(exceeded()).toBe(false);
  });

  it("stops a chunked body at the limit instead of buffering it", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(64 * 1024)); // endless
      },
    });
    const init: RequestInit & { duplex: "half" } = { method: "POST", body, duplex: "half" };
    const { request, exceeded } = withByteLimit(new Request("http://portal.test/upload", init), 1024 * 1024);
    await expect(request.arrayBuffer()).rejects.toThrow();
    expect(exceeded()).toBe(true);
    expect(pulled).toBeLessThan(40);
  });
});
