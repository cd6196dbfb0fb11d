from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class CommentForm(forms.Form):
    text = forms.CharField(
        label=_("Your comment"),
        widget=forms.Textarea(attrs={"rows": 4}),
        # The service checks the limit on the cleaned text; this bounds what is read.
        max_length=settings.KIOSK_COMMENT_MAX_LENGTH * 2,
        strip=True,
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
