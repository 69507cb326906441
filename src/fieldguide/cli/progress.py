"""A percentage on one line of the terminal while long work runs (a first full sync: a minute).

Written to stderr, and only when stderr is a terminal: stdout stays the command's answer
(`--json` included), and a script or a log file gets no carriage returns. The command line
escapes control characters in everything it prints (`cli.main._SafeStream`); this line's
carriage returns go to the stream beneath, its words through the same escaping.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TextIO

from fieldguide.cli.terminal import terminal_text


class TerminalProgress:
    """`progress(share)` with share in 0..1; used as a context manager, it clears its line after."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream: TextIO = stream if stream is not None else getattr(sys.stderr, "raw", sys.stderr)
        self.shown = -1
        isatty = getattr(self.stream, "isatty", None)
        self.active = bool(isatty is not None and isatty())

    def __call__(self, share: float) -> None:
        percent = max(0, min(100, int(share * 100)))
        if not self.active or percent <= self.shown:
            return  # forward only, and only when the figure changes
        self.shown = percent
        self.stream.write(f"\r{terminal_text(self.label)} {percent} %")
        self.stream.flush()

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self.active and self.shown >= 0:
            width = len(self.label) + 6
            self.stream.write("\r" + " " * width + "\r")
            self.stream.flush()
