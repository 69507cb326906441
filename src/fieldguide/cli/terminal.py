"""Text safe to print on a terminal (no imports: the quickest commands use it too)."""

from __future__ import annotations

# C0 and C1 control characters (bar newline and tab), DEL, and the bidi overrides that
# can make a terminal show text other than what is there.
_CONTROL = {
    c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"
    for c in [
        *range(0x00, 0x09),
        *range(0x0B, 0x20),
        *range(0x7F, 0xA0),
        *range(0x202A, 0x202F),
        0x2066,
        0x2067,
        0x2068,
        0x2069,
    ]
}


def terminal_text(text: str) -> str:
    """Text safe to print: control characters (escape sequences from synced or imported
    data) shown as ``\\x1b``, undecodable file-name bytes as ``\\udcxx``, never sent raw."""
    safe = text.translate(_CONTROL)
    return safe.encode("utf-8", "backslashreplace").decode("utf-8")
