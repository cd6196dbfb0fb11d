"""Scoring extracted text against the sample newsroom's ground truth."""

# The product scores golden pages the same way (crawl/health.py); one definition for both.
from kiosk.crawl.health import WORD, token_f1

__all__ = ["WORD", "token_f1"]
