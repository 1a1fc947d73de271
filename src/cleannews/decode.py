"""bytes -> str, before parsing (lexbor assumes UTF-8).

Order of evidence: a byte-order mark, the Content-Type charset the server sent,
the document's own <meta charset> / http-equiv, then charset-normalizer's guess.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
# How far into the document a <meta charset> is looked for (the HTML spec says 1024 bytes;
# real pages put it later behind long comments, so look a little further).
_META_SCAN_BYTES = 4096
# How much of a large document charset-normalizer reads to guess its encoding.
_DETECT_BYTES = 65536

# Labels that browsers map to a superset; decoding with the superset loses nothing.
_ALIASES = {"iso-8859-1": "windows-1252", "latin-1": "windows-1252", "latin1": "windows-1252",
            "us-ascii": "windows-1252", "ascii": "windows-1252", "x-sjis": "shift_jis",
            "gb2312": "gb18030", "gbk": "gb18030"}


def normalize_encoding(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None if Python does not know it."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return normalize_encoding(match.group(1)) if match else None


def sniff_bom(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def sniff_meta(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_META_SCAN_BYTES])
    if not match:
        return None
    name = normalize_encoding(match.group(1).decode("ascii", "ignore"))
    # A page served as bytes cannot really be UTF-16 if its <meta> is readable as ASCII.
    if name and name.startswith("utf-16"):
        return "utf-8"
    return name


def detect_encoding(data: bytes, content_type: str | None = None) -> str:
    """The best encoding for ``data``: BOM, header, <meta>, UTF-8 if valid, then detection."""
    found = sniff_bom(data) or charset_from_content_type(content_type) or sniff_meta(data)
    if found:
        return found
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    return normalize_encoding(_guess(data[:_DETECT_BYTES])) or "windows-1252"


def _guess(data: bytes) -> str | None:
    """charset-normalizer's best guess. It breaks ties between the Latin code pages arbitrarily
    (café in windows-1252 reads as "cafe" with a caron in windows-1250 just as cleanly), so
    windows-1252, the web's commonest legacy encoding and the HTML default, wins a tie."""
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if (match.encoding == "cp1252" and match.chaos <= best.chaos
                and match.coherence >= best.coherence):
            return "cp1252"
    return best.encoding


def decode(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to text; returns (text, encoding). Never raises: bad bytes become U+FFFD."""
    encoding = detect_encoding(data, content_type)
    bom = sniff_bom(data)
    if bom == encoding:
        data = data[len(next(b for b, n in _BOMS if n == bom)):]
    text = data.decode(encoding, errors="replace")
    return text.replace("\x00", "\ufffd"), encoding


def clip_bytes(data: bytes, max_bytes: int) -> bytes:
    """``data`` cut to at most ``max_bytes`` without splitting a character: before the last
    ``<`` (never inside a multi-byte sequence in UTF-8 or the legacy CJK encodings), or at a
    code-unit boundary for UTF-16/32 text (known by its BOM)."""
    if len(data) <= max_bytes:
        return data
    bom = sniff_bom(data)
    if bom and bom.startswith(("utf-16", "utf-32")):
        unit = 2 if bom.startswith("utf-16") else 4
        return data[:max_bytes - max_bytes % unit]
    cut = data.rfind(b"<", 0, max_bytes + 1)
    return data[:cut if cut > 0 else max_bytes]


_NOT_HTML_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b", b"RIFF",
                   b"%!PS")


def looks_like_html(data: bytes) -> bool:
    """Whether ``data`` could be an HTML document: no known binary signature, some markup early on."""
    head = data[:4096].lstrip()
    bom = sniff_bom(head)
    if bom and bom.startswith("utf-16") or bom and bom.startswith("utf-32"):
        head = head.decode(bom, errors="ignore").encode("utf-8")
    if not head or head.startswith(_NOT_HTML_MAGIC):
        return False
    if b"\x00" in head:
        return False
    return b"<" in data[:65536]
