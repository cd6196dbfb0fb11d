from django.urls import path

from kiosk.news import views

app_name = "news"
urlpatterns = [
    path("", views.edition_home, name="home"),
    path("article/<int:pk>/", views.article_detail, name="article"),
    path("article/<int:pk>/archive/", views.article_archive, name="archive"),
    path(
        "article/<int:pk>/original/<int:capture_pk>/",
        views.original_download,
        name="original",
    ),
]
