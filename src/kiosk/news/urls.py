from django.urls import path

from kiosk.news import views

app_name = "news"
urlpatterns = [
    path("", views.edition_home, name="home"),
    path("article/<int:pk>/", views.article_detail, name="article"),
]
