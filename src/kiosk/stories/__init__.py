"""Stories: duplicate detection and story clustering at ingest (issue 5).

Every stored article is placed once (`services.place_article`): as a copy of an earlier
original (same text, or a near-copy by MinHash LSH), as a new member of a story (the
same event in other words, within a time window), or as a new story. `text.py` folds,
tokenises and stems per language, `fingerprint.py` turns an article into what is
compared, `index.py` finds its place and keeps the state, `services.py` records it as
`Story` and `StoryMember` rows, `selectors.py` gives the portal its reads.
"""
