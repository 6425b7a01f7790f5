#!/usr/bin/env python3
"""Check the rendered batch: MIME parses without defects, required headers, declared
format/charset/encoding, and that every hand-written label value is present in the
decoded text of its mail. It checks labels; it never produces them.

Usage: python3 verify.py   (after build.py)
"""
import collections, email, email.policy, email.utils, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build, common  # noqa: E402

ISO = {"AUD", "CAD", "UZS", "KGS", "RUB", "USD", "EUR", "GBP", "UAH", "KZT", "PLN", "BYN", "CZK", "CHF", "GEL", "TRY", "AMD", "USDT"}
KEYS = ["language", "claim", "serviceName", "amount", "directRequested", "payment",
        "phoneNumbers", "orderRefs", "missing", "quarantine", "notes"]
errors = []


def err(r, msg):
    errors.append(f"{build.fname(r)}: {msg}")


def html_to_text(h):
    h = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>|</blockquote>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", " \t", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h).replace("\xa0", " ")


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip().lower()


def luhn(d):
    t = 0
    for i, x in enumerate(int(c) for c in reversed(d)):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        t += x
    return t % 10 == 0


def iban_ok(s):
    s = re.sub(r"[\s-]", "", s).upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def phone_variants(p):
    d = p[1:]
    out = {d}
    for cc in (1, 2, 3):
        rest = d[cc:]
        out |= {"0" + rest, "8" + rest} if d[:cc] in ("7",) else {"0" + rest}
        if d[:cc] in ("44", "48", "380", "49", "33", "34", "39", "1", "995", "90", "375"):
            out.add(rest)
    return out


def check(r, data):
    lines = data.split(b"\n")
    if any(len(l) > 998 for l in lines):
        err(r, "line longer than 998 bytes")
    crlf = [l.endswith(b"\r") for l in lines[:-1]]
    if r["crlf"] and not all(crlf):
        err(r, "CRLF expected on every line")
    if not r["crlf"] and any(crlf):
        err(r, "stray CR")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            err(r, f"MIME defects {part.defects}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            err(r, f"missing header {h}")
    if msg["To"] is not None and "refunds@refund-desk.test" not in str(msg["To"]):
        err(r, "To")
    try:
        if email.utils.parsedate_to_datetime(str(msg["Date"])).year != 2026:
            err(r, "Date not 2026")
    except Exception as e:  # noqa: BLE001
        err(r, f"Date {e}")
    texts = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html") and part.get_content_disposition() != "attachment":
            try:
                c = part.get_content()
            except Exception as e:  # noqa: BLE001
                err(r, f"cannot decode {ct}: {e}")
                continue
            texts.append(html_to_text(c) if ct == "text/html" else c)
            if r["quarantine"] is None:
                if part.get_content_charset() != r["cs"]:
                    err(r, f"charset {part.get_content_charset()} != {r['cs']}")
                cte = part["Content-Transfer-Encoding"]
                want = r["cte"] if r["cte"] != "8bit" else None
                if want and str(cte).lower() != want:
                    err(r, f"cte {cte} != {want}")
    text = "\n".join(texts)
    nt = norm(text)
    top = msg.get_content_type()
    if r["quarantine"] is None:
        want_top = {"plain": "text/plain", "html": "text/html", "alt": "multipart/alternative",
                    "mixed": "multipart/mixed", "mixed_alt": "multipart/mixed"}[r["fmt"]]
        if top != want_top:
            err(r, f"content type {top} != {want_top}")
    else:
        q = r["quarantine"]
        if q == "auto_reply" and "auto-replied" not in str(msg.get("Auto-Submitted", "")):
            err(r, "Auto-Submitted header")
        if q in ("bounce", "feedback_report"):
            rt = msg.get_param("report-type")
            if top != "multipart/report" or rt != {"bounce": "delivery-status", "feedback_report": "feedback-report"}[q]:
                err(r, f"report type {top} {rt}")
        for k in ("lang", "claim", "svc", "amt", "direct", "pay", "phones", "orders", "missing"):
            if r[k] is not None:
                err(r, f"quarantined mail must have {k} null")
        return
    # ---- labels ----
    if r["lang"] not in ("en", "ru"):
        err(r, "language")
    if r["claim"] not in common.CLAIMS:
        err(r, f"claim {r['claim']}")
    if r["svc"] is not None:
        if not r["svc"] or not all(isinstance(s, str) and s for s in r["svc"]):
            err(r, "serviceName must be null or a non-empty list")
        for s in r["svc"]:
            if norm(s) not in nt:
                err(r, f"serviceName {s!r} not in text")
        if r["svc"] != sorted(r["svc"], key=len, reverse=True) and "svc_order_ok" not in r["feats"]:
            err(r, f"serviceName not longest-first: {r['svc']}")
    if r["amt"] is not None:
        minor, cur, src, shape = r["amt"]
        if not (isinstance(minor, int) and minor > 0):
            err(r, "amount minor")
        if cur not in ISO:
            err(r, f"currency {cur}")
        if norm(src) not in nt:
            err(r, f"amount source {src!r} not in text")
    if r["pay"] is not None:
        kind, tail, src = r["pay"]
        if kind not in common.PAY_KINDS:
            err(r, f"payment kind {kind}")
        if norm(src) not in nt:
            err(r, f"payment source {src!r} not in text")
        alnum = re.sub(r"[^0-9A-Za-z]", "", src)
        if tail != alnum[-4:]:
            err(r, f"tail {tail} != last 4 of {src!r}")
        digits = re.sub(r"\D", "", src)
        if kind == "card" and len(digits) >= 13 and not luhn(digits):
            err(r, f"card {src} fails Luhn")
        if kind == "iban" and not iban_ok(src):
            err(r, f"IBAN {src} fails mod-97")
    if not isinstance(r["direct"], bool):
        err(r, "directRequested must be bool")
    digits_text = re.sub(r"\D", "", text)
    for p in r["phones"]:
        if not re.fullmatch(r"\+[1-9]\d{7,14}", p):
            err(r, f"phone {p} not E.164")
        elif not any(v in digits_text for v in phone_variants(p)):
            err(r, f"phone {p} not in text")
    for o in r["orders"]:
        if not re.fullmatch(r"ORD-\d{6}", o):
            err(r, f"orderRef {o}")
        elif o.lower() not in nt:
            err(r, f"orderRef {o} not in text")
    want = [k for k, v in (("serviceName", r["svc"]), ("amount", r["amt"]), ("paymentDetails", r["pay"])) if v is None]
    if "reason" in r["missing"]:
        want.append("reason")
        if r["claim"] != "other":
            err(r, "missing reason but claim is not other")
    if r["missing"] != want:
        err(r, f"missing {r['missing']} != {want}")


def main():
    regs = build.load()
    seen = collections.Counter()
    for r in regs:
        p = os.path.join(OUT, build.fname(r))
        with open(p + ".eml", "rb") as f:
            data = f.read()
        if data != build.render(r):
            err(r, "eml out of date: run build.py")
        with open(p + ".expected.json", encoding="utf-8") as f:
            exp = json.load(f)
        if list(exp) != KEYS:
            err(r, f"keys {list(exp)}")
        check(r, data)
        seen[(r["claim"], r["lang"])] += 1
    files = [f for f in os.listdir(OUT) if re.match(r"\d{3}-", f)]
    if len(files) != 2 * len(regs):
        errors.append(f"stray files: {len(files)} files for {len(regs)} specs")
    by_claim = collections.Counter(r["claim"] for r in regs if r["quarantine"] is None)
    for c in common.CLAIMS:
        if not 14 <= by_claim[c] <= 18:
            errors.append(f"claim {c}: {by_claim[c]} (want 14-18)")
    for e in errors:
        print("ERROR", e)
    print(f"{len(regs)} mails checked, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
