"""`python -m itplan_desktop.cli`."""

import sys

from .program import main

sys.exit(main())
