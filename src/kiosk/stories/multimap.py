"""A multimap of integer keys to integer values, compact and fast to look up.

The bulk is a pair of numpy arrays sorted by key (12 bytes an entry for uint32 values,
against some 100 for a dict of lists); new entries wait in a small dict and are merged
into the arrays every `merge_at` entries, one `np.insert` pass. Keys are hashes, so their
top bits spread them evenly: a table of where each top-bits bucket starts lets a lookup
read a dozen neighbouring keys instead of binary-searching 24 million (two dozen cache
misses a key). Used for the LSH bands
of every original (bands.py); the time window's term postings, which also lose entries
and are searched in bulk, have their own structure (postings.py).
"""

import numpy as np

SIGN = np.uint64(1 << 63)  # flipped, unsigned order is the signed keys' order
CHUNK = 1 << 20
BUCKET_READ = 96  # keys read from a bucket; a fuller one is binary-searched


class MultiMap:
    def __init__(self, *, merge_at: int, value_dtype=np.uint32) -> None:
        self.merge_at = merge_at
        self.keys = np.empty(0, dtype=np.int64)
        self.values = np.empty(0, dtype=value_dtype)
        # Waiting entries: a key's first value, and the rare further ones apart. A dict of
        # ints is no work for Python's garbage collector, where a list a key was (24 new
        # objects an article, each full collection walking 200,000 of them).
        self.recent: dict[int, int] = {}
        self.more: dict[int, list[int]] = {}
        self.recent_count = 0
        self.bits = 0
        self.index()

    def __len__(self) -> int:
        return len(self.keys) + self.recent_count

    def add(self, value: int, keys) -> None:
        """`value` under each of `keys`."""
        self.add_pairs(keys, [value] * len(keys))

    def add_pairs(self, keys, values) -> None:
        """values[i] under keys[i]."""
        recent, more = self.recent, self.more
        for key, value in zip(keys, values, strict=True):
            if key in recent:
                more.setdefault(key, []).append(value)
            else:
                recent[key] = value
        self.recent_count += len(keys)
        if self.recent_count >= self.merge_at:
            self.merge()

    def find(self, keys) -> set[int]:
        """The values under at least one of `keys`."""
        found: set[int] = set()
        recent, more = self.recent, self.more
        for key in keys:
            value = recent.get(key)
            if value is not None:
                found.add(value)
                if more:
                    found.update(more.get(key, ()))
        if len(self.keys) and len(keys):
            query = np.asarray(keys, dtype=np.int64)
            bucket = (query.view(np.uint64) ^ SIGN) >> self.shift
            # Every key of each query's bucket (and a few after it: those differ in their
            # top bits, so they never equal the query).
            at = np.minimum(self.starts[bucket][:, None] + self.steps, len(self.keys) - 1)
            hits = [at[self.keys[at] == query[:, None]]]
            crowded = self.counts[bucket] > len(self.steps)
            if crowded.any():  # a key shared by very many values: binary search
                left = np.searchsorted(self.keys, query[crowded], side="left")
                right = np.searchsorted(self.keys, query[crowded], side="right")
                hits += [
                    np.arange(a, b) for a, b in zip(left.tolist(), right.tolist(), strict=True)
                ]
            found.update(self.values[np.concatenate(hits)].tolist())
        return found

    def index(self, added: np.ndarray | None = None) -> None:
        """Where each bucket of keys (by their top bits) starts in the sorted arrays:
        after `added` keys were merged in, or (None) after any other change."""
        bits = max(1, min(22, len(self.keys).bit_length() - 5))  # 16 to 32 keys a bucket
        if added is None or bits != self.bits:
            self.bits, self.shift = bits, np.uint64(64 - bits)
            self.counts = np.zeros(1 << bits, dtype=np.int64)
            added = self.keys
        for start in range(0, len(added), CHUNK):  # a few MB of temporaries at a time
            chunk = added[start : start + CHUNK].view(np.uint64)
            self.counts += np.bincount(
                ((chunk ^ SIGN) >> self.shift).astype(np.intp), minlength=1 << bits
            )
        self.starts = np.concatenate(([0], np.cumsum(self.counts)))
        self.steps = np.arange(min(BUCKET_READ, max(1, int(self.counts.max()))))

    def merge(self) -> None:
        """Move the waiting entries into the sorted arrays."""
        if not self.recent_count:
            return
        extra = [(key, value) for key, values in self.more.items() for value in values]
        new_keys = np.fromiter(
            [*self.recent.keys(), *(key for key, _ in extra)],
            dtype=np.int64,
            count=self.recent_count,
        )
        new_values = np.fromiter(
            [*self.recent.values(), *(value for _, value in extra)],
            dtype=self.values.dtype,
            count=self.recent_count,
        )
        order = np.argsort(new_keys, kind="stable")
        new_keys, new_values = new_keys[order], new_values[order]
        at = np.searchsorted(self.keys, new_keys, side="right")
        self.keys = np.insert(self.keys, at, new_keys)
        self.values = np.insert(self.values, at, new_values)
        self.index(new_keys)
        self.recent.clear()
        self.more.clear()
        self.recent_count = 0
