from django.urls import path

from kiosk.news import feeds, views

app_name = "news"
urlpatterns = [
    path("", views.edition_home, name="home"),
    path("latest/", views.latest, name="latest"),
    path("latest/feed.rss", feeds.LatestFeed(), name="latest-rss"),
    path("latest/feed.atom", feeds.LatestAtomFeed(), name="latest-atom"),
    path("category/<slug:slug>/", views.category_page, name="category"),
    path("category/<slug:slug>/feed.rss", feeds.CategoryFeed(), name="category-rss"),
    path("category/<slug:slug>/feed.atom", feeds.CategoryAtomFeed(), name="category-atom"),
    path("source/<slug:slug>/", views.source_page, name="source"),
    path("source/<slug:slug>/feed.rss", feeds.SourceFeed(), name="source-rss"),
    path("source/<slug:slug>/feed.atom", feeds.SourceAtomFeed(), name="source-atom"),
    path("about/", views.about, name="about"),
    path("story/<int:pk>/", views.story_page, name="story"),
    path("article/<int:pk>/", views.article_detail, name="article"),
    path("article/<int:pk>/archive/", views.article_archive, name="archive"),
    path(
        "article/<int:pk>/original/<int:capture_pk>/",
        views.original_download,
        name="original",
    ),
]
