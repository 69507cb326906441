"""Patterns of printed lines that both the furniture and the heading stages read."""

from __future__ import annotations

import re

# The bodies named in a UN masthead: who issues the document, not what it is called.
_ORGANS = re.compile(
    r"\b(?:united nations|nations unies|naciones unidas|general assembly|security council|"
    r"economic and social council|human rights council|trusteeship council|secretariat)\b",
    re.IGNORECASE,
)

_CAPTION = re.compile(
    r"^(?:figure|fig\.|table|box|map|chart|graph|diagram|exhibit|panel|illustration|photo|"
    r"infographic|encadré|tableau|graphique|carte|gráfico|cuadro|recuadro|mapa)"
    r"(?:\s+(?:[0-9]+|[IVXLC]+)(?:[.\-–][0-9]+)?[a-z]?\b|\s*$)",
    re.IGNORECASE,
)

# "II. ", "A. ", "4.2 ", and LaTeX's "1 Introduction" (a number, a space, a capital).
_ENUMERATED_START = re.compile(
    r"^(?:(?:[IVXLC]{1,7}|[A-Z]|\d{1,3}(?:\.\d{1,3})*)[.)]\s|\d{1,3}(?:\.\d{1,3})*\s+(?=[^\W\d_]))"
)

_SENTENCE_END = re.compile(r"[.;,]['’\"”)]?$")
