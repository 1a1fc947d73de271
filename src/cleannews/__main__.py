"""``python -m cleannews`` runs the command line."""

import sys

from cleannews.cli import main

sys.exit(main())
