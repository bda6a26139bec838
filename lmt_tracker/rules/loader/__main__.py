"""``python -m lmt_tracker.rules.loader [FILES...]``: validate rule files (default: all)."""

import sys

from lmt_tracker.rules.loader.command import main

sys.exit(main())
