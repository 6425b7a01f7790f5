"use client";

import { useMemo, useState, type RefObject } from "react";
import type { DecisionKind } from "@/lib/decisions/vocabulary";
import { defaultClauses } from "@/lib/decisions/default-clauses";
import { draftDecisionReply } from "@/lib/decisions/draft-decision-reply";
import { parseMajorAmount } from "@/lib/decisions/decision-schema";
import { deviations, noteRequired, recommendedKind } from "@/lib/decisions/recommended-decision";
import type { ClauseId } from "@/lib/policy/clauses";
import { minorDigits, minorToDecimal } from "@/lib/policy/money";
import { REQUIRED_ITEMS, type RequiredItem } from "@/lib/policy/vocabulary";
import type { DecisionFormProps } from "./decision-form";
import { useDecisionKeys } from "./use-decision-keys";

/** Minor units → the text a person types, with the currency's own decimal places. */
const major = (m: number | null, currency: string | null) =>
  m === null ? "" : minorToDecimal(m, currency ?? "USD");

/**
 * The decision form's state and what follows from it: the deviations from the
 * recommendation, whether a note is needed, and the reply drafted as the
 * reviewer edits (the server drafts it again from what it records).
 */
export function useDecisionDraft(
  p: DecisionFormProps,
  submitRef: RefObject<HTMLButtonElement | null>,
) {
  const recKind = recommendedKind(p.rec.outcome);
  const missingItems = REQUIRED_ITEMS.filter((i) => p.missing.includes(i));
  const [kind, setKind] = useState<DecisionKind>(recKind ?? "approve");
  const [amount, setAmount] = useState(major(p.rec.amountMinor, p.currency));
  const [destination, setDestination] = useState(p.rec.destination ?? "balance");
  const [clauses, setClauses] = useState<ClauseId[]>(p.rec.clauses);
  const [discretion, setDiscretion] = useState(false);
  const [askedItems, setAskedItems] = useState<RequiredItem[]>(missingItems);
  const [replyEdited, setReplyEdited] = useState(false);
  const [reply, setReply] = useState("");
  const [alternativeMethod, setAlternativeMethod] = useState(
    p.rec.alternativeRefundRequired ? p.suggestedAlternative : "",
  );
  const chooseKind = (k: DecisionKind) => {
    setKind(k);
    setClauses(defaultClauses(k, p.rec));
    setReplyEdited(false);
  };
  const keys = useMemo(
    () => ({
      asRecommended: () => {
        setAmount(major(p.rec.amountMinor, p.currency));
        setDestination(p.rec.destination ?? "balance");
        setAskedItems(REQUIRED_ITEMS.filter((i) => p.missing.includes(i)));
        setDiscretion(false);
        chooseKind(recommendedKind(p.rec.outcome) ?? "approve");
      },
      pick: chooseKind,
    }),
    // chooseKind only calls state setters and reads p.rec.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [p.rec, p.currency, p.missing],
  );
  useDecisionKeys(submitRef, keys);
  const paying = kind === "approve" || kind === "partial";
  const amountMinor = paying ? parseMajorAmount(amount, minorDigits(p.currency ?? "USD")) : null;
  const devs = deviations(
    { ...p.rec, missing: p.missing },
    { kind, amountMinor, destination: paying ? destination : null },
  );
  const needsNote = noteRequired(p.rec, devs);
  const draft = draftDecisionReply({
    kind,
    ref: p.reference,
    subject: p.subject,
    customerName: p.customerName,
    clauses: discretion ? [] : clauses,
    amountMinor,
    currency: p.currency,
    destination: paying ? destination : null,
    payoutBy: p.rec.payoutBy ? new Date(p.rec.payoutBy) : null,
    missing: askedItems,
    language: p.language,
    alternativeMethod: destination === "direct" ? alternativeMethod || null : null,
  });
  const replyText = replyEdited ? reply : draft.body;

  return {
    recKind,
    kind,
    chooseKind,
    amount,
    setAmount,
    destination,
    setDestination,
    clauses,
    setClauses,
    discretion,
    setDiscretion,
    askedItems,
    setAskedItems,
    alternativeMethod,
    setAlternativeMethod,
    paying,
    devs,
    needsNote,
    draft,
    replyEdited,
    replyText,
    editReply: (text: string) => {
      setReplyEdited(true);
      setReply(text);
    },
  };
}
