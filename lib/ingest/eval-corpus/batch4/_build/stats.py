#!/usr/bin/env python3
"""Print the README count tables from the hand-written specs (labels are read, not made)."""
import collections, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build, common  # noqa: E402


def table(title, counter, head=("value", "mails")):
    out = [f"### {title}", "", f"| {head[0]} | {head[1]} |", "|---|---:|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        out.append(f"| {k} | {v} |")
    out.append(f"| **total** | {sum(counter.values())} |")
    return "\n".join(out) + "\n"


def main():
    regs = build.load()
    req = [r for r in regs if r["quarantine"] is None]
    q = [r for r in regs if r["quarantine"] is not None]
    parts = []
    parts.append(table("Mail kinds", collections.Counter(["customer request"] * len(req) + [f"quarantine: {r['quarantine']}" for r in q])))
    parts.append(table("Language (requests)", collections.Counter(r["lang"] for r in req)))
    lines = ["### Claim by language", "", "| claim | en | ru | total |", "|---|---:|---:|---:|"]
    for c in common.CLAIMS:
        en = sum(1 for r in req if r["claim"] == c and r["lang"] == "en")
        ru = sum(1 for r in req if r["claim"] == c and r["lang"] == "ru")
        lines.append(f"| {c} | {en} | {ru} | {en + ru} |")
    lines.append(f"| **total** | {sum(r['lang'] == 'en' for r in req)} | {sum(r['lang'] == 'ru' for r in req)} | {len(req)} |")
    parts.append("\n".join(lines) + "\n")
    parts.append(table("Russian written in Latin letters or mixed with English (language ru)",
                       collections.Counter("transliterated" if "translit" in r["feats"] else "mixed ru/en" if "mixed_language" in r["feats"] else "plain Cyrillic"
                                           for r in req if r["lang"] == "ru")))
    parts.append(table("Payment kind", collections.Counter(r["pay"][0] if r["pay"] else "none (null)" for r in req)))
    def subkind(r):
        k, _, src = r["pay"]
        if k == "wallet":
            return "wallet: QIWI (phone)" if src.startswith("+") else "wallet: WebMoney" if src[0] in "ZP" else "wallet: YooMoney"
        if k == "crypto":
            return "crypto: BTC" if src.startswith("bc1") else "crypto: ETH" if src.startswith("0x") else "crypto: USDT TRC-20"
        if k == "bank_account":
            return ("bank_account: Russian requisites" if "ru_requisites" in r["feats"] else
                    "bank_account: UK sort code + account" if "uk_bank" in r["feats"] else "bank_account: SWIFT/BIC + account")
        if k == "iban":
            return "iban: " + src[:2]
        return k
    parts.append(table("Payment detail", collections.Counter(subkind(r) for r in req if r["pay"])))
    parts.append(table("directRequested", collections.Counter(str(r["direct"]).lower() for r in req)))
    parts.append(table("directRequested × payment", collections.Counter(
        f"{str(r['direct']).lower()} / {'details given' if r['pay'] else 'no details'}" for r in req)))
    parts.append(table("Currency", collections.Counter(r["amt"][1] if r["amt"] else "none (null)" for r in req)))
    parts.append(table("Amount shape (hand tag)", collections.Counter(r["amt"][3] if r["amt"] else "no amount" for r in req)))
    parts.append(table("missing", collections.Counter(m for r in req for m in (r["missing"] or ["(nothing missing)"]))))
    parts.append(table("serviceName", collections.Counter("null" if r["svc"] is None else f"{len(r['svc'])} spelling(s)" for r in req)))
    fm = collections.Counter()
    for r in regs:
        if r["quarantine"] in ("bounce", "feedback_report"):
            fm["multipart/report"] += 1
        elif r["raw"] is not None:
            fm["text/plain" if "alt" not in r["slug"] else "multipart/alternative"] += 1
        else:
            fm[{"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative",
                "mixed": "multipart/mixed (text + attachment)", "mixed_alt": "multipart/mixed (alternative + attachment)"}[r["fmt"]]] += 1
    parts.append(table("Top-level format (all 240)", fm))
    parts.append(table("Body charset (requests)", collections.Counter(r["cs"] for r in req)))
    parts.append(table("Transfer encoding of the text parts (requests; 8bit means 7bit when the text is ASCII)",
                       collections.Counter(r["cte"] for r in req)))
    parts.append(table("Line ends (all 240)", collections.Counter("CRLF" if r["crlf"] else "LF" for r in regs)))
    parts.append(table("Hard features (hand tags; a mail can have several)",
                       collections.Counter(f for r in req for f in r["feats"])))
    print("\n".join(parts))


if __name__ == "__main__":
    main()
