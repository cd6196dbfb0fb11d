from django.urls import path

from kiosk.readership import feeds, views

app_name = "readership"
urlpatterns = [
    path("most-read/", views.most_read_page, name="most-read"),
    path("most-read/feed.rss", feeds.MostReadFeed(), name="most-read-rss"),
    path("most-read/feed.atom", feeds.MostReadAtomFeed(), name="most-read-atom"),
]
