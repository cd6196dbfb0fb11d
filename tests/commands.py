"""Running the `kiosk` command as a user does: a separate process, its own data dir."""

import os
import subprocess
import sys


def kiosk(data_dir, *args: str) -> subprocess.Popen:
    """`kiosk ARGS...` with KIOSK_DATA_DIR set; output (stdout and stderr) as text."""
    env = {**os.environ, "KIOSK_DATA_DIR": str(data_dir)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk.cli", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
