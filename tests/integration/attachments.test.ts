// Files on tickets: the upload use case called with real bytes, over the real repair system and blob table.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { depsFor } from "~/server/container";
import { DomainError } from "~/server/lib/errors";
import { addAttachments, assertMayAttach, openAttachment } from "~/server/modules/tickets/tickets.service";
import { AttachmentRejected } from "~/server/modules/tickets/use-cases/attachments";
import {
  addMembership,
  addTechnicianProfile,
  callerAs,
  createBillingAccount,
  createCustomer,
  createService,
  createStaff,
  createTicket,
  createUser,
  kitClock,
  principalOf,
  rejectionCode,
  testDb,
  type Persona,
} from "~/tests/kit";

const png = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==", "base64"),
);
const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, ...new Array(56).fill(0)]);

const deps = () => depsFor(testDb(), kitClock());
const blobCount = () => testDb().storedBlob.count();

async function actor(persona: Persona) {
  const principal = await principalOf(persona);
  if (!principal) throw new Error("no principal");
  return principal;
}

async function household() {
  const customerId = await createCustomer();
  const billingAccountId = await createBillingAccount({ customerId });
  const user = await createUser();
  await addMembership({ userId: user.userId, customerId, role: "owner" });
  const serviceId = await createService({ customerId, billingAccountId, kind: "broadband", area: "Praha" });
  return { ...user, customerId, serviceId };
}

/** What an upload use case call failed with: the domain code and, for a file problem, which one. */
async function failure(call: Promise<unknown>) {
  try {
    await call;
  } catch (e) {
    if (e instanceof AttachmentRejected) return { code: e.code, problem: e.problem.problem };
    if (e instanceof DomainError) return { code: e.code };
    throw e;
  }
  throw new Error("expected the upload to fail");
}

describe("ticket attachments", () => {
  it("a customer attaches a photo and a PDF: stored by sniffed type, one public timeline entry, listed and downloadable", async () => {
    const anna = await household();
    const ticketId = await createTicket({ customerId: anna.customerId, serviceId: anna.serviceId, reporterUserId: anna.userId });
    const added = await addAttachments(deps(), await actor(anna), {
      ticketId,
      files: [
        { name: "../router lights.png", bytes: png },
        { name: "contract", bytes: pdf },
      ],
    });
    expect(added.map((a) => [a.fileName, a.contentType, a.size])).toEqual([
      ["router lights.png", "image/png", png.byteLength],
      ["contract.pdf", "application/pdf", pdf.byteLength],
    ]);

    const asAnna = await callerAs(anna);
    const ticket = await asAnna.tickets.get({ ticketId });
    const entry = ticket.timeline.at(-1);
    expect(entry).toMatchObject({ kind: "attachment", author: "customer" });
    const listed = await asAnna.tickets.attachments({ ticketId });
    expect(listed).toEqual([...added].sort((a, b) => a.fileName.localeCompare(b.fileName)));
    expect(listed.every((a) => a.eventSeq === entry?.seq)).toBe(true);

    const row = await testDb().ticketAttachment.findUniqueOrThrow({ where: { id: added[0]!.id } });
    expect(row).toMatchObject({ sha256: createHash("sha256").update(png).digest("hex"), uploadedById: anna.userId });
    const opened = await openAttachment(deps(), await actor(anna), added[0]!.id);
    expect(opened.blob.contentType).toBe("image/png");
    expect(Buffer.from(opened.blob.bytes).equals(Buffer.from(png))).toBe(true);
  });

  it("another customer's ticket is NOT_FOUND for upload, list and download, and nothing is stored", async () => {
    const [anna, mallory] = [await household(), await household()];
    const ticketId = await createTicket({ customerId: anna.customerId, serviceId: anna.serviceId, reporterUserId: anna.userId });
    const [mine] = await addAttachments(deps(), await actor(anna), { ticketId, files: [{ name: "a.png", bytes: png }] });
    const before = await blobCount();

    expect(await failure(addAttachments(deps(), await actor(mallory), { ticketId, files: [{ name: "x.png", bytes: png }] }))).toEqual({
      code: "NOT_FOUND",
    });
    // Even with a bad file the answer is about the ticket, not the file.
    expect(await failure(addAttachments(deps(), await actor(mallory), { ticketId, files: [{ name: "x.png", bytes: elf }] }))).toEqual({
      code: "NOT_FOUND",
    });
    expect(await failure(openAttachment(deps(), await actor(mallory), mine!.id))).toEqual({ code: "NOT_FOUND" });
    expect(await rejectionCode((await callerAs(mallory)).tickets.attachments({ ticketId }))).toBe("NOT_FOUND");
    expect(await blobCount()).toBe(before);
  });

  it("a ticket holds at most 20 files: the 21st is refused, nothing stored; the upload route asks first", async () => {
    const [anna, mallory] = [await household(), await household()];
    const ticketId = await createTicket({ customerId: anna.customerId, serviceId: anna.serviceId, reporterUserId: anna.userId });
    const who = await actor(anna);
    const five = Array.from({ length: 5 }, (_, i) => ({ name: `p${i}.png`, bytes: png }));
    for (let i = 0; i < 4; i++) await addAttachments(deps(), who, { ticketId, files: five });
    const before = await blobCount();
    expect(await failure(addAttachments(deps(), who, { ticketId, files: [{ name: "one-more.png", bytes: png }] }))).toEqual({
      code: "VALIDATION",
      problem: "quota",
    });
    expect(await blobCount()).toBe(before);
    expect(await (await callerAs(anna)).tickets.attachments({ ticketId })).toHaveLength(20);
    // What the route checks before reading the body: the owner may, another customer gets NOT_FOUND.
    await expect(assertMayAttach(deps(), who, ticketId)).resolves.toBeUndefined();
    expect(await failure(assertMayAttach(deps(), await actor(mallory), ticketId))).toEqual({ code: "NOT_FOUND" });
  });

  it("an executable renamed .png, a file over 5 MB and a sixth file are refused, and nothing is stored", async () => {
    const anna = await household();
    const ticketId = await createTicket({ customerId: anna.customerId, serviceId: anna.serviceId, reporterUserId: anna.userId });
    const who = await actor(anna);
    const before = await blobCount();
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(png);
    expect(await failure(addAttachments(deps(), who, { ticketId, files: [{ name: "photo.png", bytes: elf }] }))).toEqual({
      code: "VALIDATION",
      problem: "wrong_type",
    });
    expect(await failure(addAttachments(deps(), who, { ticketId, files: [{ name: "photo.png", bytes: big }] }))).toEqual({
      code: "VALIDATION",
      problem: "too_big",
    });
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.png`, bytes: png }));
    expect(await failure(addAttachments(deps(), who, { ticketId, files: six }))).toEqual({ code: "VALIDATION", problem: "too_many" });
    expect(await blobCount()).toBe(before);
    expect(await (await callerAs(anna)).tickets.attachments({ ticketId })).toEqual([]);
  });

  it("staff: a dispatcher may attach to any ticket, a technician only to an assigned one, the billing agent to none", async () => {
    const anna = await household();
    const tech = await createStaff("technician");
    await addTechnicianProfile(tech.userId);
    const other = await createStaff("technician");
    const assigned = await createTicket({
      customerId: anna.customerId,
      serviceId: anna.serviceId,
      reporterUserId: anna.userId,
      state: "in_progress",
      technicianId: tech.userId,
    });
    const file = [{ name: "meter.jpg.png", bytes: png }];

    const byTech = await addAttachments(deps(), await actor(tech), { ticketId: assigned, files: file });
    expect(byTech).toHaveLength(1);
    expect(await failure(addAttachments(deps(), await actor(other), { ticketId: assigned, files: file }))).toEqual({ code: "NOT_FOUND" });
    expect(await failure(openAttachment(deps(), await actor(other), byTech[0]!.id))).toEqual({ code: "NOT_FOUND" });
    expect(await rejectionCode((await callerAs(other)).bureau.attachments({ ticketId: assigned }))).toBe("NOT_FOUND");

    const dispatcher = await createStaff("dispatcher");
    await addAttachments(deps(), await actor(dispatcher), { ticketId: assigned, files: file });
    const listed = await (await callerAs(dispatcher)).bureau.attachments({ ticketId: assigned });
    expect(listed).toHaveLength(2);
    expect(
      (await (await callerAs(tech)).bureau.get({ ticketId: assigned })).timeline
        .filter((e) => e.kind === "attachment")
        .map((e) => e.author),
    ).toEqual(["staff", "staff"]);
    // The customer sees staff files too: the timeline is public.
    expect(await (await callerAs(anna)).tickets.attachments({ ticketId: assigned })).toHaveLength(2);

    const agent = await createStaff("billing_agent");
    expect(await failure(addAttachments(deps(), await actor(agent), { ticketId: assigned, files: file }))).toEqual({ code: "FORBIDDEN" });
  });

  it("a closed ticket takes no more files (INVALID_STATE) and the stored bytes are removed again", async () => {
    const anna = await household();
    const tech = await createStaff("technician");
    const ticketId = await createTicket({
      customerId: anna.customerId,
      serviceId: anna.serviceId,
      reporterUserId: anna.userId,
      state: "resolved",
      technicianId: tech.userId,
    });
    await (await callerAs(anna)).tickets.confirm({ ticketId });
    const before = await blobCount();
    expect(await failure(addAttachments(deps(), await actor(anna), { ticketId, files: [{ name: "late.png", bytes: png }] }))).toEqual({
      code: "INVALID_STATE",
    });
    expect(await blobCount()).toBe(before);
  });
});
