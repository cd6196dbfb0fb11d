"""A multimap of integer keys to integer values, compact and fast to look up.

The bulk is a pair of numpy arrays sorted by key (12 bytes an entry for uint32 values,
against some 100 for a dict of lists); new entries wait in a small dict and are merged
into the arrays every `merge_at` entries, one `np.insert` pass. Used for the LSH bands
of every original (bands.py); the time window's term postings, which also lose entries
and are searched in bulk, have their own structure (postings.py).
"""

import numpy as np


class MultiMap:
    def __init__(self, *, merge_at: int, value_dtype=np.uint32) -> None:
        self.merge_at = merge_at
        self.keys = np.empty(0, dtype=np.int64)
        self.values = np.empty(0, dtype=value_dtype)
        self.recent: dict[int, list[int]] = {}
        self.recent_count = 0

    def __len__(self) -> int:
        return len(self.keys) + self.recent_count

    def add(self, value: int, keys) -> None:
        """`value` under each of `keys`."""
        self.add_pairs(keys, [value] * len(keys))

    def add_pairs(self, keys, values) -> None:
        """values[i] under keys[i]."""
        recent = self.recent
        for key, value in zip(keys, values, strict=True):
            found = recent.get(key)
            if found is None:
                recent[key] = [value]
            else:
                found.append(value)
        self.recent_count += len(keys)
        if self.recent_count >= self.merge_at:
            self.merge()

    def find(self, keys) -> set[int]:
        """The values under at least one of `keys`."""
        found: set[int] = set()
        for key in keys:
            found.update(self.recent.get(key, ()))
        if len(self.keys):
            query = np.asarray(keys, dtype=np.int64)
            left = np.searchsorted(self.keys, query, side="left")
            right = np.searchsorted(self.keys, query, side="right")
            for start, stop in zip(left.tolist(), right.tolist(), strict=True):
                if stop > start:
                    found.update(self.values[start:stop].tolist())
        return found

    def merge(self) -> None:
        """Move the waiting entries into the sorted arrays."""
        if not self.recent_count:
            return
        new_keys = np.fromiter(
            (key for key, values in self.recent.items() for _ in values),
            dtype=np.int64,
            count=self.recent_count,
        )
        new_values = np.fromiter(
            (value for values in self.recent.values() for value in values),
            dtype=self.values.dtype,
            count=self.recent_count,
        )
        order = np.argsort(new_keys, kind="stable")
        new_keys, new_values = new_keys[order], new_values[order]
        at = np.searchsorted(self.keys, new_keys, side="right")
        self.keys = np.insert(self.keys, at, new_keys)
        self.values = np.insert(self.values, at, new_values)
        self.recent.clear()
        self.recent_count = 0
