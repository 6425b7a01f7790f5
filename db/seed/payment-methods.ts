import type { PaymentMethodSpec } from "./scenario-types";

/** The payment methods customers use; crypto, vouchers and Qiwi cannot take a refund back. */
export const PAY = {
  visa4242: { type: "card", label: "Visa •••• 4242", supportsRefund: true },
  visa1881: { type: "card", label: "Visa •••• 1881", supportsRefund: true },
  mc5454: { type: "card", label: "Mastercard •••• 5454", supportsRefund: true },
  mir2201: { type: "card", label: "МИР •••• 2201", supportsRefund: true },
  paypal: { type: "paypal", label: "PayPal", supportsRefund: true },
  sepa: { type: "bank_transfer", label: "SEPA bank transfer", supportsRefund: true },
  btc: { type: "crypto", label: "Bitcoin (BTC)", supportsRefund: false },
  usdt: { type: "crypto", label: "USDT (TRC20)", supportsRefund: false },
  voucher: { type: "balance_voucher", label: "Balance voucher", supportsRefund: false },
  qiwi: { type: "other", label: "QIWI Wallet", supportsRefund: false },
} as const satisfies Record<string, PaymentMethodSpec>;
