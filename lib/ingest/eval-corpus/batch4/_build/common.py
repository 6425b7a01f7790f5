"""Hand-written spec registry for batch 4.

Every label in a spec is typed by hand. Nothing in this package reads an
email's text to derive a field: the helper fields `*_src` only repeat, by hand,
the words of the email a label was taken from, so verify.py can check that the
label really is in the mail.
"""

CLAIMS = [
    "number_not_working", "operator_blocked", "order_not_completed",
    "number_not_provided", "provider_fault", "sms_not_received",
    "specific_service_sms_failure", "caller_id_unavailable", "changed_mind",
    "accidental_topup", "voluntary_disconnect", "unused_balance",
    "misunderstanding", "other",
]
MISSING_ORDER = ["serviceName", "amount", "paymentDetails", "reason"]
PAY_KINDS = ["card", "iban", "bank_account", "paypal", "wallet", "crypto"]

REGISTRY = []

import base64, quopri  # noqa: E402


def _q_word(b):
    out = []
    for x in b:
        c = chr(x)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % x)
    return "".join(out)


def encode_words(s, charset="utf-8", mode="B"):
    """RFC 2047 encoded words, each <= 75 chars, never splitting a character."""
    words, cur = [], ""
    def enc(t):
        b = t.encode(charset)
        body = base64.b64encode(b).decode() if mode == "B" else _q_word(b)
        return f"=?{charset}?{mode}?{body}?="
    for ch in s:
        if cur and len(enc(cur + ch)) > 75:
            words.append(enc(cur))
            cur = ""
        cur += ch
    if cur:
        words.append(enc(cur))
    return "\n ".join(words)



def qp(text, charset="utf-8"):
    """Quoted-printable body of a hand-written text (rendering only)."""
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(text, charset="utf-8"):
    """Base64 body of a hand-written text (rendering only)."""
    return base64.encodebytes(text.encode(charset)).decode("ascii")


def fill(raw, **parts):
    """Put rendered pieces into a hand-written raw message at @@NAME@@ markers."""
    for k, v in parts.items():
        raw = raw.replace("@@" + k + "@@", v.rstrip("\n"))
    assert "@@" not in raw, raw
    return raw



def M(slug, lang, claim, svc, amt, direct, pay, phones, orders, missing, body, *,
      subj, frm, notes="", fmt="plain", cs="utf-8", cte="8bit", crlf=False,
      html=None, attach=None, feats=(), headers=(), date=None, subj_enc="B",
      name_enc="B"):
    """One customer request.

    amt  = (minor, "ISO", "amount as written in the mail", "shape tag") or None
    pay  = ("kind", "tail", "identifier as written in the mail") or None
    fmt  = plain | html | alt | mixed | mixed_alt
    body = text/plain body (for fmt=html: the HTML source)
    html = hand-written HTML for alt/mixed_alt (else generated from body)
    """
    REGISTRY.append(dict(
        slug=slug, lang=lang, claim=claim, svc=svc, amt=amt, direct=direct,
        pay=pay, phones=list(phones), orders=list(orders), missing=list(missing),
        body=body, subj=subj, frm=frm, notes=notes, fmt=fmt, cs=cs, cte=cte,
        crlf=crlf, html=html, attach=attach, feats=list(feats),
        headers=list(headers), date=date, subj_enc=subj_enc, name_enc=name_enc,
        quarantine=None, raw=None,
    ))


def Q(slug, kind, raw, *, notes="", feats=(), crlf=False):
    """One message to quarantine. `raw` is the whole hand-written message
    (headers + MIME body) as text; all labels but `quarantine` are null."""
    REGISTRY.append(dict(
        slug=slug, quarantine=kind, raw=raw, notes=notes, feats=list(feats),
        crlf=crlf, lang=None, claim=None, svc=None, amt=None, direct=None,
        pay=None, phones=None, orders=None, missing=None, fmt="report" if kind != "auto_reply" else "plain",
        cs="utf-8", cte="8bit",
    ))
