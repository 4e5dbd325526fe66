"""Turn file bytes into text: BOM-aware, UTF-8 first, cp1252/latin-1 fallback, binary refused."""

from __future__ import annotations

import codecs

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}


class NotText(ValueError):
    """The bytes are not a text document."""


def sniff_encoding(data: bytes) -> str:
    """The codec that decodes `data`: from its BOM, else UTF-8 if valid, else cp1252 or latin-1."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec
    if b"\x00" in data[:8192]:
        raise NotText("contains NUL bytes: a binary file, not text")
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode `data`; returns (text, codec). Raises NotText for binary content."""
    codec = sniff_encoding(data)
    text = data.decode(codec)
    sample = text[:20000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in _ALLOWED_CONTROLS)
    if sample and controls / len(sample) > 0.01:
        raise NotText("mostly control characters: a binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n"), codec
