#!/usr/bin/env python3
"""Build data/kz.sqlite from the article (a thin command over kzbrowser.build.pipeline.build)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))  # works before installing

from kzbrowser.build.pipeline import BuildError, build


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-o", "--output", type=Path, default=None, help="default: data/kz.sqlite")
    ap.add_argument("--force", action="store_true", help="replace OUTPUT even if it is not a kzbrowser database")
    args = ap.parse_args()
    try:
        out = build(args.output, force=args.force)
    except BuildError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
