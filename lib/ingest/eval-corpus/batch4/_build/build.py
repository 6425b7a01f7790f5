#!/usr/bin/env python3
"""Render the hand-written specs into NNN-<slug>.eml + NNN-<slug>.expected.json.

Usage: python3 build.py        (writes into ../, removes stale NNN-*.eml/.json)
The renderer only formats what the specs say; it never reads a mail to fill a label.
"""
import base64, datetime, glob, hashlib, html, importlib, json, os, quopri, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import common  # noqa: E402
from common import encode_words  # noqa: E402

SPEC_MODULES = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, "specs_*.py")))
TO = "refunds@refund-desk.test"


def load():
    for m in SPEC_MODULES:
        importlib.import_module(m)
    regs = common.REGISTRY
    slugs = [r["slug"] for r in regs]
    dup = {s for s in slugs if slugs.count(s) > 1}
    if dup:
        raise SystemExit(f"duplicate slugs: {sorted(dup)}")
    # fixed, content-independent numbering: order by sha1 of the slug
    regs.sort(key=lambda r: hashlib.sha1(r["slug"].encode()).hexdigest())
    for i, r in enumerate(regs, 1):
        r["n"] = i
    return regs


# ---------- headers ----------
def header_text(s, charset, mode):
    if s.isascii():
        return s
    return encode_words(s, charset, mode)


def from_header(frm, charset, mode):
    m = re.match(r'^\s*"?(.*?)"?\s*<([^>]+)>\s*$', frm)
    if not m:
        return frm
    name, addr = m.group(1), m.group(2)
    if not name:
        return f"<{addr}>"
    if name.isascii():
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    return f"{encode_words(name, charset, mode)} <{addr}>"


def date_for(r):
    if r.get("date"):
        return r["date"]
    h = int(hashlib.sha1(("date" + r["slug"]).encode()).hexdigest(), 16)
    day = datetime.date(2026, 1, 5) + datetime.timedelta(days=h % 110)
    hh, mm, ss = 6 + (h >> 8) % 17, (h >> 16) % 60, (h >> 24) % 60
    if r["lang"] == "ru":
        tz = ["+0300", "+0300", "+0500", "+0700", "+0300"][(h >> 32) % 5]
    else:
        tz = ["+0000", "+0100", "-0500", "-0800", "+0200", "+0000"][(h >> 32) % 6]
    sign = 1 if tz[0] == "+" else -1
    tzinfo = datetime.timezone(sign * datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:])))
    dt = datetime.datetime(day.year, day.month, day.day, hh, mm, ss, tzinfo=tzinfo)
    return dt.strftime("%a, %d %b %Y %H:%M:%S %z")


def msgid(r):
    m = re.search(r"@([^>\s]+)", r["frm"])
    dom = m.group(1) if m else "mail.example"
    h = hashlib.sha1(("mid" + r["slug"]).encode()).hexdigest()[:12]
    return f"<b4.{r['n']:03d}.{h}@{dom}>"


# ---------- bodies ----------
def encode_body(text, cs, cte):
    b = text.encode(cs)
    if cte == "8bit":
        return ("7bit" if b.isascii() else "8bit"), b
    if cte == "quoted-printable":
        return cte, quopri.encodestring(b)
    if cte == "base64":
        return cte, base64.encodebytes(b)
    raise ValueError(cte)


def text_part(text, subtype, cs, cte):
    if not text.endswith("\n"):
        text += "\n"
    used, b = encode_body(text, cs, cte)
    head = (f'Content-Type: text/{subtype}; charset="{cs}"\n'
            f"Content-Transfer-Encoding: {used}\n\n").encode()
    return head + b


def text_to_html(t):
    paras = t.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l, quote=False) for l in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + "\n".join(out) + "\n</body></html>\n")


PNG_1x1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
PDF_MIN = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def attachment_part(att):
    fname, ctype = att[0], att[1]
    data = PNG_1x1 if ctype == "image/png" else PDF_MIN if ctype == "application/pdf" else att[2]
    if fname.isascii():
        disp = f'attachment; filename="{fname}"'
        ct = f'{ctype}; name="{fname}"'
    else:
        from urllib.parse import quote
        disp = f"attachment;\n filename*=utf-8''{quote(fname)}"
        ct = f"{ctype};\n name=\"{encode_words(fname, 'utf-8', 'B')}\""
    head = (f"Content-Type: {ct}\nContent-Disposition: {disp}\n"
            f"Content-Transfer-Encoding: base64\n\n").encode()
    return head + base64.encodebytes(data)


def multipart(subtype, parts, boundary):
    out = [f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'.encode(),
           b"This is a multi-part message in MIME format.\n"]
    for p in parts:
        out.append(f"\n--{boundary}\n".encode())
        out.append(p.rstrip(b"\n") + b"\n")
    out.append(f"\n--{boundary}--\n".encode())
    return b"".join(out)


def render(r):
    if r["raw"] is not None:
        data = r["raw"].lstrip("\n").encode("utf-8")
    else:
        cs, cte, fmt = r["cs"], r["cte"], r["fmt"]
        hcs = cs if cs != "utf-8" else "utf-8"
        hs = [
            f"From: {from_header(r['frm'], hcs, r['name_enc'])}",
            f"To: {TO}",
            f"Subject: {header_text(r['subj'], hcs, r['subj_enc'])}",
            f"Date: {date_for(r)}",
            f"Message-ID: {msgid(r)}",
        ]
        for k, v in r["headers"]:
            hs.append(f"{k}: {v}")
        hs.append("MIME-Version: 1.0")
        head = ("\n".join(hs) + "\n").encode()
        b = f"b4=_{r['n']:03d}"
        if fmt == "plain":
            body = text_part(r["body"], "plain", cs, cte)
        elif fmt == "html":
            body = text_part(r["body"], "html", cs, cte)
        elif fmt == "alt":
            body = multipart("alternative", [text_part(r["body"], "plain", cs, cte),
                                             text_part(r["html"] or text_to_html(r["body"]), "html", cs, cte)], b + "_alt")
        elif fmt == "mixed":
            body = multipart("mixed", [text_part(r["body"], "plain", cs, cte), attachment_part(r["attach"])], b + "_mix")
        elif fmt == "mixed_alt":
            alt = multipart("alternative", [text_part(r["body"], "plain", cs, cte),
                                            text_part(r["html"] or text_to_html(r["body"]), "html", cs, cte)], b + "_alt")
            body = multipart("mixed", [alt, attachment_part(r["attach"])], b + "_mix")
        else:
            raise ValueError(fmt)
        data = head + body
    if r["crlf"]:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def expected(r):
    def amt(a):
        return None if a is None else {"minor": a[0], "currency": a[1]}
    def pay(p):
        return None if p is None else {"kind": p[0], "tail": p[1]}
    return {
        "language": r["lang"], "claim": r["claim"], "serviceName": r["svc"],
        "amount": amt(r["amt"]), "directRequested": r["direct"], "payment": pay(r["pay"]),
        "phoneNumbers": r["phones"], "orderRefs": r["orders"], "missing": r["missing"],
        "quarantine": r["quarantine"], "notes": r["notes"],
    }


def fname(r):
    return f"{r['n']:03d}-{r['slug']}"


def main():
    regs = load()
    for old in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-*.eml")) + glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-*.expected.json")):
        os.remove(old)
    for r in regs:
        with open(os.path.join(OUT, fname(r) + ".eml"), "wb") as f:
            f.write(render(r))
        with open(os.path.join(OUT, fname(r) + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected(r), f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(f"wrote {len(regs)} emails to {OUT}")


if __name__ == "__main__":
    main()
