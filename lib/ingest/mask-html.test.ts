import { describe, expect, it } from "vitest";
import { maskPaymentDetailsInHtml } from "./mask-html";

const mask = (html: string, secrets: string[] = []) => maskPaymentDetailsInHtml(html, secrets);

describe("masking payment details in an email's HTML", () => {
  it("masks a card number in a paragraph, keeping the markup and the last four", () => {
    expect(mask("<p>Card: 4111 1111 1111 1111</p>")).toBe("<p>Card: •••• •••• •••• 1111</p>");
  });

  it("sees a number through entities and inline tags, and masks it where each digit was written", () => {
    expect(mask("<p>4111&nbsp;1111&nbsp;1111&nbsp;1111</p>")).toBe(
      "<p>••••&nbsp;••••&nbsp;••••&nbsp;1111</p>",
    );
    expect(mask("<p><b>4111</b> 1111 <span style='x'>1111</span> 1111</p>")).toBe(
      "<p><b>••••</b> •••• <span style='x'>••••</span> 1111</p>",
    );
    expect(mask("<p>&#52;111 1111 1111 1111</p>")).toBe("<p>•••• •••• •••• 1111</p>");
    expect(mask("IBAN: <i>DE89 3704 0044 0532 0130 00</i>")).toBe(
      "IBAN: <i>•••• •••• •••• •••• ••30 00</i>",
    );
  });

  it("masks numbers in attributes and comments too", () => {
    const out = mask(
      '<a href="https://pay.example/?iban=DE89370400440532013000" title="4111111111111111">x</a><!-- 4111-1111-1111-1111 -->',
    );
    expect(out).not.toMatch(/DE89370400440532013000|4111111111111111|4111-1111-1111-1111/);
    expect(out).toContain("<a href=");
    expect(out).toContain("1111 -->");
  });

  it("masks the secrets it is given wherever they are written", () => {
    expect(mask("<p>wallet: TXYZ-secret-id</p>", ["TXYZ-secret-id"])).toBe(
      "<p>wallet: ••••-••••et-id</p>",
    );
  });

  it("does not merge numbers across block boundaries, and leaves other text alone", () => {
    const html =
      "<table><tr><td>4111</td><td>1111 1111 1111</td></tr></table><p>Order ORD-104233, paid $12.50 &amp; more</p>";
    expect(mask(html)).toBe(html);
    expect(mask("a < b and c > d")).toBe("a < b and c > d");
  });

  it("keeps a Russian bank account's and BIC's last four, as the text does", () => {
    const out = mask("<div>Расчётный счёт 40817810099910004312<br>БИК 044525225</div>");
    expect(out).toBe("<div>Расчётный счёт ••••••••••••••••4312<br>БИК •••••5225</div>");
  });
});
