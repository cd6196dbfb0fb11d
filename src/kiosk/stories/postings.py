"""Term postings of the time window: term -> entries, added and searched with numpy only.

Three sorted-by-term levels, like a small log-structured merge tree: new entries go to a
short unsorted buffer (a lookup compares against it directly), a full buffer is sorted
into a mid-size run, and a full run is merged into the bulk. No Python object per entry
(a dict of lists cost some 100 bytes and a dict operation an entry, 40 an article), and a
lookup of a dozen terms, with each term's count for the caller's limit, is a handful of
vectorised calls whatever the size.
"""

import numpy as np

KEY, VALUE = np.uint32, np.uint32
EMPTY = np.empty(0, dtype=VALUE)


class Postings:
    def __init__(self, *, buffer: int = 512, run: int = 65_536) -> None:
        self.keys, self.values = np.empty(0, dtype=KEY), EMPTY  # the bulk
        self.run_keys, self.run_values = np.empty(0, dtype=KEY), EMPTY
        self.run_limit = run
        self.buffer_keys = np.empty(buffer, dtype=KEY)
        self.buffer_values = np.empty(buffer, dtype=VALUE)
        self.buffered = 0

    def __len__(self) -> int:
        return len(self.keys) + len(self.run_keys) + self.buffered

    def add(self, keys: np.ndarray, values: np.ndarray) -> None:
        """values[i] under keys[i]."""
        count = len(keys)
        if self.buffered + count > len(self.buffer_keys):
            self._flush()
            if count > len(self.buffer_keys):
                self.buffer_keys = np.empty(count, dtype=KEY)
                self.buffer_values = np.empty(count, dtype=VALUE)
        start, self.buffered = self.buffered, self.buffered + count
        self.buffer_keys[start : self.buffered] = keys
        self.buffer_values[start : self.buffered] = values

    def lookup(self, keys: np.ndarray, *, limit: int) -> tuple[np.ndarray, np.ndarray]:
        """(values, which): every value under the keys that have 1 to `limit` values
        (more says the term is too common to tell anything), and for each value the
        position in `keys` of its key."""
        keys = np.asarray(keys, dtype=KEY)
        counts = np.zeros(len(keys), dtype=np.int64)
        runs = []
        for sorted_keys, values in ((self.keys, self.values), (self.run_keys, self.run_values)):
            if len(sorted_keys):
                left = np.searchsorted(sorted_keys, keys, side="left")
                right = np.searchsorted(sorted_keys, keys, side="right")
                counts += right - left
                runs.append((values, left, right - left))
        # (key, buffered entry): reductions run along contiguous rows, several times
        # faster than down columns.
        equal = keys[:, None] == self.buffer_keys[None, : self.buffered]
        counts += equal.sum(axis=1)
        wanted = (counts > 0) & (counts <= limit)
        if not wanted.any():
            return EMPTY, np.empty(0, dtype=np.int64)
        found, which = [], []
        for values, left, lengths in runs:
            lengths = np.where(wanted, lengths, 0)
            total = int(lengths.sum())
            if total:
                # Every index of every wanted key's range, in one arange.
                starts = np.cumsum(lengths) - lengths
                index = np.arange(total) + np.repeat(left - starts, lengths)
                found.append(values[index])
                which.append(np.repeat(np.arange(len(keys)), lengths))
        if self.buffered:
            positions = np.flatnonzero(wanted)
            rows, entries = np.nonzero(equal[positions])
            found.append(self.buffer_values[entries])
            which.append(positions[rows])
        if not found:
            return EMPTY, np.empty(0, dtype=np.int64)
        return np.concatenate(found), np.concatenate(which)

    def _flush(self) -> None:
        """The buffer into the run; a full run into the bulk."""
        if self.buffered:
            keys = self.buffer_keys[: self.buffered]
            order = np.argsort(keys, kind="stable")
            keys, values = keys[order], self.buffer_values[: self.buffered][order]
            at = np.searchsorted(self.run_keys, keys, side="right")
            self.run_keys = np.insert(self.run_keys, at, keys)
            self.run_values = np.insert(self.run_values, at, values)
            self.buffered = 0
        if len(self.run_keys) >= self.run_limit:
            self._merge_run()

    def _merge_run(self) -> None:
        if len(self.run_keys):
            at = np.searchsorted(self.keys, self.run_keys, side="right")
            self.keys = np.insert(self.keys, at, self.run_keys)
            self.values = np.insert(self.values, at, self.run_values)
            self.run_keys, self.run_values = np.empty(0, dtype=KEY), EMPTY

    def merge(self) -> None:
        """Everything into the bulk (before `rewrite`)."""
        self._flush()
        self._merge_run()

    def rewrite(self, keep: np.ndarray, values: np.ndarray) -> None:
        """Keep the bulk's entries where `keep` is true, with new values (after `merge`)."""
        self.keys = self.keys[keep]
        self.values = values.astype(VALUE, copy=False)
