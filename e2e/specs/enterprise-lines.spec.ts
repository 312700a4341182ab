import { expect, test } from "@playwright/test";
import { stateFile } from "../personas";

// Desktop and mobile run at once on one database: each changes its own two lines, and puts them back.
const linesOf = (project: string) => (project === "mobile" ? ["Test device Android", "Test device iOS"] : ["Sales pool 1", "Sales pool 2"]);
const homeCentre = (project: string) => (project === "mobile" ? "Engineering" : "Sales");

test.describe("the company's lines, as its admin", () => {
  test.use({ storageState: stateFile("admin") });

  test("filters, sorts, changes two lines' cost centre at once and puts them back; the CSV has every line", async ({ page }, info) => {
    const [first, second] = linesOf(info.project.name);
    const query = first!.replace(/ \S+$/, "");
    await page.goto(`/enterprise/lines?${new URLSearchParams({ q: query })}`);
    const table = page.getByRole("table", { name: "Company lines" });
    await expect(table.getByRole("row").filter({ hasText: first! })).toBeVisible();

    const move = async (to: string) => {
      await page.getByRole("checkbox", { name: new RegExp(`${first}\\)$`) }).check();
      await page.getByRole("checkbox", { name: new RegExp(`${second}\\)$`) }).check();
      await expect(page.getByText("2 lines selected")).toBeVisible();
      await page.getByLabel("Put in cost centre").selectOption({ label: to });
      await page.getByRole("button", { name: "Apply to the selected lines" }).click();
      await expect(page.getByRole("status").filter({ hasText: "2 lines changed." })).toBeVisible();
      for (const line of [first!, second!]) await expect(table.getByRole("row").filter({ hasText: line })).toContainText(to);
    };
    await move("Operations");
    await page.getByLabel("Cost centre", { exact: true }).selectOption({ label: "Operations" });
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/costCentreId=/);
    await expect(table.getByRole("row").filter({ hasText: first! })).toBeVisible();
    await page.goto(`/enterprise/lines?${new URLSearchParams({ q: query })}`);
    await move(homeCentre(info.project.name));

    await page.getByRole("link", { name: "Sort by Label" }).click();
    await expect(page).toHaveURL(/sort=label/);
    await expect(page.getByRole("columnheader", { name: "Sort by Label" })).toHaveAttribute("aria-sort", "ascending");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download all as CSV" }).click();
    let csv = "";
    for await (const chunk of await (await download).createReadStream()) csv += chunk;
    expect(csv.split("\r\n")[0]).toContain("identifier,label,kind,status,plan,cost_centre");
    expect(csv).toContain(first);
  });

  test("an assignments file with one bad row changes nothing and names the row", async ({ page }, info) => {
    const [first] = linesOf(info.project.name);
    await page.goto(`/enterprise/lines?${new URLSearchParams({ q: first! })}`);
    const identifier = (await page.getByRole("table", { name: "Company lines" }).getByRole("rowheader").first().textContent())!.trim();
    const file = (rows: string[]) => ({
      name: "assignments.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(["identifier,cost_centre", ...rows].join("\n")),
    });

    await page.getByLabel("CSV file").setInputFiles(file([`${identifier},OPS`, "+420 000 000 000,OPS"]));
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByRole("status").filter({ hasText: "1 row has a problem" })).toBeVisible();
    const rows = page.getByRole("table", { name: "Rows of the file" });
    await expect(rows.getByRole("row").filter({ hasText: "+420 000 000 000" })).toContainText("no line of the company has this number");
    await expect(page.getByRole("button", { name: "Apply the file" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("table", { name: "Company lines" }).getByRole("row").filter({ hasText: first! })).toContainText(
      homeCentre(info.project.name),
    );
  });
});
