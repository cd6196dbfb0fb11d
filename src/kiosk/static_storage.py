"""Static files as served: hashed names (cached for good) and gzip copies, by whitenoise.

Brotli copies are left out: collectstatic compressed the admin's and the API docs' large
scripts with brotli for about 25 s on this 2-core machine, at every `kiosk serve` and
`kiosk demo`, against 2-3 s for gzip alone; browsers all take gzip.
"""

from whitenoise.compress import Compressor
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    def create_compressor(self, **kwargs) -> Compressor:
        return Compressor(use_brotli=False, **kwargs)
