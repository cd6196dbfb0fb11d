from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.contrib.auth.models import User
from django.utils.translation import gettext_lazy as _


class SignUpForm(UserCreationForm):
    """Username and password (Django's validators), an e-mail only for password resets."""

    email = forms.EmailField(
        label=_("E-mail (optional)"),
        required=False,
        help_text=_("Only used to reset your password if you forget it."),
    )

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username", "email")
