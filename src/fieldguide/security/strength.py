"""A rough strength estimate for a new passphrase, to guide (not to police) the user.

Counts the guesses an attacker who knows the usual tricks would need: words
from a passphrase-style list count as words, not as letters; repeats and runs
count little; the commonest passwords count as nothing.
"""

from __future__ import annotations

import itertools
import math
import re
from enum import IntEnum

from fieldguide.security.kdf import MIN_PASSPHRASE_LENGTH

_COMMON = {
    "password",
    "passw0rd",
    "123456",
    "12345678",
    "123456789",
    "qwerty",
    "azerty",
    "letmein",
    "iloveyou",
    "admin",
    "welcome",
    "monkey",
    "dragon",
    "football",
    "fieldguide",
    "motdepasse",
}


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3
    VERY_STRONG = 4


def estimate_bits(passphrase: str) -> float:
    text = passphrase.strip()
    if not text:
        return 0.0
    if text.lower() in _COMMON:
        return 0.0
    words = [w for w in re.split(r"[\s\-_.,;]+", text) if w]
    if len(words) >= 3 and all(len(w) >= 3 for w in words):
        # As if each word came from a list of 7,776 (diceware): about 12.9 bits a word.
        return len(words) * math.log2(7776)
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[^A-Za-z0-9\s]", text):
        pool += 33
    if any(ord(c) > 127 for c in text):
        pool += 100
    # Repeated characters and simple runs (aaaa, 1234, abcd) add little.
    effective = 1.0
    for previous, current in itertools.pairwise(text):
        effective += 0.25 if abs(ord(current) - ord(previous)) <= 1 else 1.0
    return effective * math.log2(max(pool, 2))


def strength(passphrase: str) -> Strength:
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        return Strength.TOO_SHORT
    # Each guess costs an Argon2id derivation (a third of a second here), so fewer bits
    # are needed than for a fast hash.
    bits = estimate_bits(passphrase)
    if bits < 35:
        return Strength.WEAK
    if bits < 50:
        return Strength.FAIR
    if bits < 70:
        return Strength.STRONG
    return Strength.VERY_STRONG
