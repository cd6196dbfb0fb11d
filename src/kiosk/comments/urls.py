from django.urls import path

from kiosk.comments import views

app_name = "comments"
urlpatterns = [
    path("article/<int:pk>/comments/", views.post, name="post"),
    path("comments/<int:comment_pk>/edit/", views.edit, name="edit"),
    path("comments/<int:comment_pk>/delete/", views.delete, name="delete"),
    path("comments/<int:comment_pk>/flag/", views.flag, name="flag"),
    path("comments/moderation/", views.queue, name="queue"),
    path("comments/<int:comment_pk>/moderate/", views.moderate, name="moderate"),
]
