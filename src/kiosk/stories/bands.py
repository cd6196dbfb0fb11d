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

MERGE_AT = 200_000


class BandStore:
    def __init__(self) -> None:
        self.keys = np.empty(0, dtype=np.int64)
        self.ids = np.empty(0, dtype=np.uint32)
        self.recent: dict[int, list[int]] = {}
        self.recent_count = 0
        self.newest_id = 0  # the largest article id added

    def __len__(self) -> int:
        return len(self.keys) + self.recent_count

    def add(self, article_id: int, keys: list[int]) -> None:
        for key in keys:
            self.recent.setdefault(key, []).append(article_id)
        self.recent_count += len(keys)
        self.newest_id = max(self.newest_id, article_id)
        if self.recent_count >= MERGE_AT:
            self.merge()

    def find(self, keys: list[int]) -> set[int]:
        """Articles sharing at least one band key."""
        found: set[int] = set()
        for key in keys:
            found.update(self.recent.get(key, ()))
        if len(self.keys):
            query = np.array(keys, dtype=np.int64)
            left = np.searchsorted(self.keys, query, side="left")
            right = np.searchsorted(self.keys, query, side="right")
            for start, stop in zip(left.tolist(), right.tolist(), strict=True):
                if stop > start:
                    found.update(self.ids[start:stop].tolist())
        return found

    def merge(self) -> None:
        if not self.recent_count:
            return
        new_keys = np.fromiter(
            (key for key, ids in self.recent.items() for _ in ids),
            dtype=np.int64,
            count=self.recent_count,
        )
        new_ids = np.fromiter(
            (article_id for ids in self.recent.values() for article_id in ids),
            dtype=np.uint32,
            count=self.recent_count,
        )
        order = np.argsort(new_keys, kind="stable")
        new_keys, new_ids = new_keys[order], new_ids[order]
        at = np.searchsorted(self.keys, new_keys, side="right")
        self.keys = np.insert(self.keys, at, new_keys)
        self.ids = np.insert(self.ids, at, new_ids)
        self.recent.clear()
        self.recent_count = 0

    def save(self, path: Path, *, index_id: str) -> None:
        """Write a snapshot atomically (a crash leaves the previous one)."""
        self.merge()
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".npz.part")
        with os.fdopen(handle, "wb") as file:
            np.savez(
                file,
                keys=self.keys,
                ids=self.ids,
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
                store.keys, store.ids = data["keys"], data["ids"]
                store.newest_id = int(data["newest_id"][0])
                return store
        except (OSError, KeyError, ValueError):
            return None
