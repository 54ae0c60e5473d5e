"""Text on its way to a terminal: the one place that strips what a terminal would obey instead of showing."""

from __future__ import annotations

import re
import sys

# C0 controls but tab and newline (ESC starts the terminal's escape sequences), DEL, the C1 controls (0x9B is a
# one-byte CSI to some terminals), and the bidirectional embeddings, overrides and isolates, which reorder what
# the reader sees. The article itself has none of them: only text from a damaged or forged database does.
# (Compiled when first used, by re's own cache: the window imports this module before its first frame, ~0.6 ms.)
_UNSAFE = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]"


def clean(text: str) -> str:
    """``text`` without the characters a terminal would act on (escape codes, bells, bidi overrides)."""
    return re.sub(_UNSAFE, "", text)


def setup_streams() -> None:
    """Make printing never fail on what the console cannot encode: a cp1252 or ASCII console and Cyrillic, or
    the surrogate escapes of an undecodable byte in an argument. stdout shows '?' instead; stderr a \\x escape."""
    for stream, errors in ((sys.stdout, "replace"), (sys.stderr, "backslashreplace")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors=errors)


def print_json(data: object) -> None:
    """``data`` as JSON on stdout, always valid UTF-8 whatever the console's encoding, the data exact: a lone
    surrogate (an undecodable byte of an argument) is written as its JSON escape, control characters are escaped."""
    import json  # not at module level: `kzbrowser` with no command goes straight to the window

    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only stream: ASCII is UTF-8 too
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    sys.stdout.flush()
    # Inside a JSON string, the backslash escape of a surrogate is its JSON escape (\udcff); nothing else in
    # json.dumps' output can fail to encode.
    buffer.write(text.encode("utf-8", "backslashreplace"))
    buffer.flush()
