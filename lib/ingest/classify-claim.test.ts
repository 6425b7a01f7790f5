import { describe, expect, it } from "vitest";
import type { Claim } from "@/lib/policy/vocabulary";
import { classifyClaim } from "./classify-claim";

const claim = (text: string, targetService?: string) =>
  classifyClaim(text, { targetService }).claim.value;

describe("classifyClaim", () => {
  it.each<[string, Claim]>([
    ["The number has not worked for 3 days.", "number_not_working"],
    ["Номер не работает уже двое суток.", "number_not_working"],
    ["My number was blocked by the operator.", "operator_blocked"],
    ["Оператор заблокировал мой номер.", "operator_blocked"],
    ["The order was never completed, it is still pending.", "order_not_completed"],
    ["Заказ не выполнен уже три дня.", "order_not_completed"],
    ["I never received the number after paying.", "number_not_provided"],
    ["Номер так и не был предоставлен.", "number_not_provided"],
    ["It is the local provider's fault and there is no replacement.", "provider_fault"],
    ["Сбой у местного провайдера, замены нет.", "provider_fault"],
    ["The SMS never arrived.", "sms_not_received"],
    ["Смс так и не пришла.", "sms_not_received"],
    ["Caller ID is not shown to the people I call.", "caller_id_unavailable"],
    ["Подмена номера не работает.", "caller_id_unavailable"],
    ["I changed my mind.", "changed_mind"],
    ["Я передумал, номер больше не нужен.", "changed_mind"],
    ["I accidentally topped up 100 USD.", "accidental_topup"],
    ["Я случайно пополнил баланс.", "accidental_topup"],
    [
      "I have cancelled my rented number and want money for the remaining days.",
      "voluntary_disconnect",
    ],
    ["Я отключила арендованный номер.", "voluntary_disconnect"],
    ["I want to withdraw the remaining balance.", "unused_balance"],
    ["Прошу вернуть остаток на балансе.", "unused_balance"],
    ["I thought the number would receive calls.", "misunderstanding"],
    ["Я не понял, как это работает.", "misunderstanding"],
    ["I want a refund because my project was closed.", "other"],
  ])("%s → %s", (text, expected) => {
    expect(claim(text)).toBe(expected);
  });

  it("turns an SMS failure into a specific-service failure only when other services work", () => {
    expect(
      claim("Other services work fine, but the code from WhatsApp never arrives.", "WhatsApp"),
    ).toBe("specific_service_sms_failure");
    expect(claim("No SMS code was received for Telegram.", "Telegram")).toBe("sms_not_received");
  });

  it("returns the reason sentence across a hard-wrapped line, not past a decimal point", () => {
    const text = "Hi. I paid $0.50 and the order was\nnever completed. Refund please.";
    const { reason } = classifyClaim(text);
    expect(reason.value).toBe("I paid $0.50 and the order was\nnever completed.");
    expect(text.slice(reason.span?.start, reason.span?.end)).toBe(reason.value);
  });

  it("finds no reason in a bare request", () => {
    expect(classifyClaim("I want a refund please.")).toMatchObject({
      claim: { value: null },
      reason: { value: null },
    });
  });
});
