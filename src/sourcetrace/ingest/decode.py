"""Bytes to text: gzip, encodings, and telling HTML from a plain text dump.

Scraped pages lie about their encoding; UTF-8 is tried strictly first because a
Latin-1 page almost never decodes as valid UTF-8, while the reverse always "works".
"""
from __future__ import annotations

import codecs
import re
import zlib

MAX_BYTES = 10 * 1024 * 1024  # larger pages are rejected, not half-processed

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_SNIFF = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:div|p|article|meta|title)[\s>]", re.I)


class DecodeError(ValueError):
    """Raised with a one-line reason when bytes cannot become text."""


def gunzip(data: bytes, limit: int = MAX_BYTES) -> bytes:
    """Inflate gzip data (one member or several), naming a truncated or corrupt stream as such.

    Inflates as a stream and stops past limit: a few MB of gzip can hold GB of zeros."""
    out = bytearray()
    pending = data
    try:
        while pending:
            inflater = zlib.decompressobj(wbits=31)
            out += inflater.decompress(pending, limit + 1 - len(out))
            while inflater.unconsumed_tail and len(out) <= limit:
                out += inflater.decompress(inflater.unconsumed_tail, limit + 1 - len(out))
            if len(out) > limit:
                raise DecodeError(f"too large once decompressed (over the {limit / 1e6:.0f} MB limit)")
            if not inflater.eof:
                raise DecodeError("truncated gzip stream")
            pending = inflater.unused_data.lstrip(b"\x00")  # the next member; zero padding ends some files
    except zlib.error as err:
        raise DecodeError(f"corrupt gzip data ({err})") from err
    return bytes(out)


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 4 KB mean it is not text."""
    head = data[:4096]
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", errors="replace").encode("utf-8")  # judge the characters, not their bytes
    elif b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls / len(head) > 0.05


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode bytes: BOM, then strict UTF-8, then the declared charset, then cp1252."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared is None:
        m = _META_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii", "ignore") if m else None
    if declared:
        try:
            if codecs.lookup(declared).name != "utf-8":
                return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode("cp1252", errors="replace")


def sniff_kind(text: str) -> str:
    """'html' when the start of the text has markup, else 'text'."""
    return "html" if _HTML_SNIFF.search(text[:5000]) else "text"


def check_size(data: bytes) -> None:
    if not data.strip():
        raise DecodeError("empty input")
    if len(data) > MAX_BYTES:
        raise DecodeError(f"too large (over the {MAX_BYTES / 1e6:.0f} MB limit)")
    if looks_binary(data):
        raise DecodeError("binary content, not HTML or text")
