"""``python -m lmt_tracker.rules_loader [FILES...]``: validate rule files (default: all)."""

import sys

from lmt_tracker.rules_loader.command import main

sys.exit(main())
