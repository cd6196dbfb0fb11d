"""Account pages of the editions: Django's auth views with the portal's templates, a
sign-up page, and the page a throttled login gets. None of them is ever cached: each
carries a CSRF token of its own."""

from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters

from kiosk.accounts.forms import SignUpForm

FORM = "accounts/form.html"
MESSAGE = "accounts/message.html"


def _next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse_lazy(settings.LOGIN_REDIRECT_URL)


@sensitive_post_parameters("password1", "password2")
@csrf_protect
@never_cache
def sign_up(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect(_next(request))
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        # One backend must be named: axes' backend only refuses, ModelBackend logs in.
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect(_next(request))
    context = {
        "form": form,
        "heading": _("Sign up"),
        "submit": _("Create account"),
        "next": request.POST.get("next") or request.GET.get("next", ""),
        "login_link": True,
    }
    return render(request, FORM, context)


class LoginView(auth_views.LoginView):
    template_name = FORM
    redirect_authenticated_user = True
    extra_context = {
        "heading": _("Log in"),
        "submit": _("Log in"),
        "signup_link": True,
        "reset_link": True,
    }


class LogoutView(auth_views.LogoutView):
    template_name = MESSAGE
    extra_context = {"heading": _("Logged out"), "message": _("You are logged out.")}


@method_decorator(never_cache, name="dispatch")
class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = FORM
    success_url = reverse_lazy("accounts:password_change_done")
    extra_context = {"heading": _("Change password"), "submit": _("Change password")}


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = MESSAGE
    extra_context = {"heading": _("Password changed"), "message": _("Your password was changed.")}


@method_decorator(never_cache, name="dispatch")
class PasswordResetView(auth_views.PasswordResetView):
    template_name = FORM
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")
    extra_email_context = {"portal_name": settings.KIOSK_PORTAL_NAME}
    extra_context = {
        "heading": _("Reset password"),
        "submit": _("Send me a link"),
        "intro": _(
            "Enter your account's e-mail address to get a link for choosing a new password."
        ),
    }


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = MESSAGE
    extra_context = {
        "heading": _("Reset password"),
        "message": _(
            "If an account has this address, a link to choose a new password is on its way."
        ),
    }


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = FORM
    success_url = reverse_lazy("accounts:password_reset_complete")
    extra_context = {"heading": _("Choose a new password"), "submit": _("Change password")}


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = MESSAGE
    extra_context = {
        "heading": _("Password changed"),
        "message": _("Your password was changed. You can log in now."),
        "login_link": True,
    }


def locked_out(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """django-axes' answer to a login from a locked-out username and address: 429."""
    minutes = round(settings.AXES_COOLOFF_TIME * 60)
    context = {
        "heading": _("Too many attempts"),
        "message": ngettext(
            "Too many failed logins. Please try again in %(minutes)d minute.",
            "Too many failed logins. Please try again in %(minutes)d minutes.",
            minutes,
        )
        % {"minutes": minutes},
        "reset_link": True,
    }
    response = render(request, MESSAGE, context, status=429)
    response["Cache-Control"] = "private, no-store"
    return response
