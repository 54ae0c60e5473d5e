"""``python -m kzbrowser``: the same as the ``kzbrowser`` command."""

import sys

from kzbrowser.cli import main

sys.exit(main())
