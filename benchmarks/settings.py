"""Settings for ``benchmarks/run.py``: the production settings, static files in a temporary folder.

Everything else comes from the environment exactly as in production (``DJANGO_DEBUG`` off).
"""

import os

from ballad.settings import *  # noqa: F403

STATIC_ROOT = os.environ["BALLAD_BENCH_STATIC_ROOT"]
