"""``python -m kzbrowser``: the same as the ``kzbrowser`` command."""

import sys

from .cli import main

sys.exit(main())
