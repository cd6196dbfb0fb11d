"""Readership: view beacon, counters and rankings (issue 7). Not built yet."""
