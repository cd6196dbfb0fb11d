"""Term postings of the time window: term -> entries (the window's flat term positions).

A dict of compact integer arrays (`array('I')`, 4 bytes an entry, plus some 100 bytes a
distinct term). A lookup of a dozen terms is a dozen dict reads and one join of their
arrays' bytes into a numpy array: over a full 72-hour window (2.4 million entries) it
took some 25 µs, where sorted numpy levels took 170 (a dozen vectorised calls, and
binary searches across megabytes that miss the CPU caches). Entries of removed rows stay
until the window compacts, which builds new postings from its live rows (`from_pairs`).
"""

from array import array

import numpy as np

VALUE = np.uint32
EMPTY = np.empty(0, dtype=VALUE)
NOWHERE = np.empty(0, dtype=np.int64)


class Postings:
    def __init__(self) -> None:
        self._lists: dict[int, array] = {}
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def add(self, keys: np.ndarray, values: np.ndarray) -> None:
        """values[i] under keys[i]."""
        lists = self._lists
        for key, value in zip(keys.tolist(), values.tolist(), strict=True):
            found = lists.get(key)
            if found is None:
                lists[key] = array("I", (value,))
            else:
                found.append(value)
        self._count += len(keys)

    def lookup(self, keys: np.ndarray, *, limit: int) -> tuple[np.ndarray, np.ndarray]:
        """(values, which): every value under the keys that have 1 to `limit` values
        (more says the term is too common to tell anything), and for each value the
        position in `keys` of its key."""
        lists = self._lists
        chosen, which, lengths = [], [], []
        for position, key in enumerate(keys.tolist()):
            found = lists.get(key)
            if found is not None and len(found) <= limit:
                chosen.append(found)
                which.append(position)
                lengths.append(len(found))
        if not chosen:
            return EMPTY, NOWHERE
        values = np.frombuffer(b"".join(chosen), dtype=VALUE)
        return values, np.repeat(np.array(which, dtype=np.int64), lengths)

    @classmethod
    def from_pairs(cls, keys: np.ndarray, values: np.ndarray) -> "Postings":
        """Postings of values[i] under keys[i], built in bulk."""
        postings = cls()
        if not len(keys):
            return postings
        order = np.argsort(keys, kind="stable")
        keys, raw = keys[order], values[order].astype(VALUE).tobytes()
        bounds = (np.flatnonzero(np.diff(keys)) + 1).tolist()
        size = VALUE().itemsize
        for key, start, end in zip(
            keys[[0, *bounds]].tolist(), [0, *bounds], [*bounds, len(keys)], strict=True
        ):
            entries = array("I")
            entries.frombytes(raw[start * size : end * size])
            postings._lists[key] = entries
        postings._count = len(keys)
        return postings
