"""The sample newsroom: synthetic news sites to crawl when there is no internet.

A deterministic generator (generator.py) invents a week of news for six outlets, two
each in Azerbaijani, Russian and English, written from per-language vocabularies and
sentence templates (lang_az.py, lang_ru.py, lang_en.py, filled by writer.py and
sentences.py). Some events are covered by several outlets in their own words
("stories"); some articles are republished word for word by a sibling outlet with an
attribution line ("copies"). Harder cases for story clustering: a few reports retold by
another outlet in its own words with a credit line ("rewrites"), two different events of
one kind on one day told alike, and an outlet's standard paragraph closing unrelated
articles. server.py serves each outlet on its own loopback port with
its own page layout (pages.py, layouts.py), RSS or Atom feed, sitemaps and, for one
outlet, a JSON Feed (feeds.py), and a robots.txt (robots.py); `Newsroom.ground_truth`
says what a perfect crawler would store from every page.

Real sites are not all tidy, so neither is the newsroom: "Депеша дня" is served in
windows-1251, and "The Caspian Ledger" keeps a few articles under /premium/, which
robots.txt disallows when served with `disallow_premium=True` (the ground truth's
`robots_disallowed` pages). With `faults=True`, faults.py makes one outlet flaky and
one feed ill-formed. By default nothing fails, so a polite crawler stores every page.

    newsroom = generate(seed=1)
    with NewsroomServer(newsroom) as server:
        feed = server.feed_url("caspian-ledger")
        robots = server.url("caspian-ledger", "/robots.txt")
"""
