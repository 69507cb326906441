"""The frozen program's entry point: the same `main` as the `fieldguide` console script."""

import sys

from fieldguide.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
