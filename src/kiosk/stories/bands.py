"""LSH band keys of every original ever placed: key -> article ids, compact and fast.

A B-tree row per band (24 random inserts an article) made SQLite write some 100 KB of
pages per article, so the bands live in memory instead: a sorted pair of numpy arrays
(12 bytes an entry, 290 MB at a million articles) plus a dict of recent inserts, merged
into the arrays every `MERGE_AT` entries. They are derived data: the signatures they come
from are stored in `Sketch`, so a snapshot file (`save`) plus the sketches placed after
it (`StoryIndex` replays them) restores the store after a restart.
"""

import os
import tempfile
from pathlib import Path

import numpy as np

from kiosk.stories.multimap import MultiMap

MERGE_AT = 200_000


class BandStore(MultiMap):
    def __init__(self) -> None:
        super().__init__(merge_at=MERGE_AT)
        self.newest_id = 0  # the largest article id added

    def add(self, value: int, keys) -> None:
        self.newest_id = max(self.newest_id, value)
        super().add(value, keys)

    def save(self, path: Path, *, index_id: str) -> None:
        """Write a snapshot atomically (a crash leaves the previous one)."""
        self.merge()
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".npz.part")
        with os.fdopen(handle, "wb") as file:
            np.savez(
                file,
                keys=self.keys,
                ids=self.values,
                newest_id=np.array([self.newest_id], dtype=np.int64),
                index_id=np.array([index_id]),
            )
        os.replace(temporary, path)

    @classmethod
    def load(cls, path: Path, *, index_id: str) -> "BandStore | None":
        """The snapshot at `path` if it belongs to this database's index."""
        try:
            with np.load(path) as data:
                if str(data["index_id"][0]) != index_id:
                    return None
                store = cls()
                store.keys, store.values = data["keys"], data["ids"]
                store.newest_id = int(data["newest_id"][0])
                store.index()
                return store
        except (OSError, KeyError, ValueError):
            return None
