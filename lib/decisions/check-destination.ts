import { AppError } from "@/lib/server/app-error";
import type { DecisionContext } from "./decision-context";

const invalid = (field: string, message: string) =>
  new AppError("INVALID_INPUT", { userMessage: message, fieldErrors: { [field]: [message] } });

/** Direct refunds go back to the payment, or by the alternative the reviewer recorded; disposables only to the balance. */
export function checkDestination(c: DecisionContext): void {
  const { input, order, paymentMethod: method, request: req } = c;
  if (input.destination !== "direct") return;
  if (order!.kind === "disposable_number")
    throw invalid(
      "destination",
      "Disposable-number refunds always go to the balance (DISP-AUTO-NO-SMS).",
    );
  const canRefund = method?.supportsRefund === true && !!order!.paymentRef;
  if (input.alternativeMethod) {
    if (!req.paymentDetailSealed)
      throw invalid(
        "alternativeMethod",
        "The request holds no payment details to pay the alternative to: correct the payment details field first.",
      );
    return;
  }
  if (!canRefund)
    throw invalid(
      "alternativeMethod",
      method && !method.supportsRefund
        ? `${method.label} cannot take a refund (PAY-NO-REFUND-METHOD): record the alternative refund method.`
        : "This order has no payment to refund to: record an alternative refund method or refund to the balance.",
    );
}
