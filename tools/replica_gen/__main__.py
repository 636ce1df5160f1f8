"""``python -m tools.replica_gen [SOURCE_ID ...] [--out DIR]``: rewrite replica folders."""

from __future__ import annotations

import argparse
from pathlib import Path

from tools.replica_gen.build import REPLICAS_DIR, generate


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tools.replica_gen", description=__doc__)
    parser.add_argument("sources", nargs="*", metavar="SOURCE_ID", help="sources to regenerate (default: all)")
    parser.add_argument("--out", type=Path, default=REPLICAS_DIR, help="replicas folder (default: %(default)s)")
    args = parser.parse_args(argv)
    for sid, count in generate(args.sources or None, args.out).items():
        print(f"{sid}: {count} files")


if __name__ == "__main__":
    main()
