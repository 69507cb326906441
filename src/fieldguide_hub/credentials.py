"""Device tokens and one-time enrolment codes: made here, stored only as hashes.

A token is 32 random bytes, so a plain SHA-256 is enough to store it (nobody guesses
2^256); a code has 60 bits and lives 24 hours, and enrolment is rate limited, so its
hash is salted with the team id only to keep equal codes of two teams apart.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

__all__ = ["code_hash", "new_code", "new_token", "normalise_code", "token_hash"]

# Crockford's base32: no I, L, O or U, so a code read over the phone is not misheard.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE = re.compile(r"^[0-9A-Z]{12}$")
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{43}$")


def new_token() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")


def token_hash(token: str) -> bytes | None:
    """The stored form of a token, or None for text that cannot be a token at all."""
    if not _TOKEN.match(token):
        return None
    return hashlib.sha256(token.encode("ascii")).digest()


def new_code() -> str:
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(12))
    return f"{chars[0:4]}-{chars[4:8]}-{chars[8:12]}"


def normalise_code(code: str) -> str | None:
    """The code as issued, forgiving case, spaces, dashes and the letters people confuse."""
    text = code.upper().replace("-", "").replace(" ", "")
    text = text.replace("O", "0").replace("I", "1").replace("L", "1")
    return text if _CODE.match(text) else None


def code_hash(team: str, normalised: str) -> bytes:
    return hmac.new(team.encode("utf-8"), normalised.encode("ascii"), hashlib.sha256).digest()
