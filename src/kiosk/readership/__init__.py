"""Readership: honest view counts, most read, trending, breaking news and the editors'
dashboard (issue 7).

A reader's page is served from the page cache; after it loads, a small script of ours
(`static/readership/beacon.js`, with a 1×1 image in <noscript>) tells `beacon.py` that
the article was viewed. The beacon decides whether the view counts (`visitors.py`: one
view per visitor per article per 30 minutes, bots and prefetches left out, a rate limit
per visitor) and adds it to a buffer (`buffer.py`: process memory, or Redis when
`KIOSK_REDIS_URL` is set) without touching the database. `services.flush_views` writes
the buffer in batches into hourly buckets per article; `selectors.py` ranks from them
(most read, trending, most discussed); `breaking.py` is the breaking-news rule;
`dashboard.py` draws the editors' charts as SVG (`charts.py`).
"""
