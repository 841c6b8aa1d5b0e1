"""Login throttling (django-axes): 30 wrong passwords lock the account for this address, the
right password then does not log in and a French page says when to retry; a superuser unlocks
it from the admin."""

from html import unescape

import pytest
from axes.models import AccessAttempt
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse

from commons.access.login_throttling import client_ip
from commons.access.models import Role
from tests.conftest import member_of
from tests.factories.accounts import PASSWORD, UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_root")]

LOGIN = "/admin/login/"


def log_in(client, username, password, **extra):
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


def is_logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_thirty_wrong_passwords_lock_the_account_until_a_superuser_unlocks_it():
    person = UserFactory(username="marie", is_superuser=True)
    client = Client()
    for _attempt in range(30):
        response = log_in(client, "marie", "pas-le-bon")
        assert not is_logged_in(client)

    response = log_in(client, "marie", PASSWORD)
    assert not is_logged_in(client)
    assert response.status_code == 429
    html = unescape(response.content.decode())
    assert "Connexion temporairement bloquée" in html
    assert "Réessayez dans 15 minutes, après" in html
    assert "contactez un administrateur" in html
    assert 'href="/admin/login/"' in html

    administrator = UserFactory(username="admin-plateforme", is_superuser=True)
    admin = Client()
    admin.force_login(administrator)
    listing = admin.get(reverse("login_attempts:index"))
    assert listing.status_code == 200
    assert "marie" in listing.content.decode()
    attempt = AccessAttempt.objects.get(username="marie")
    delete_url = reverse("login_attempts:delete", args=[attempt.pk])
    assert admin.get(delete_url).status_code == 200
    assert admin.post(delete_url).status_code == 302
    assert not AccessAttempt.objects.filter(username="marie").exists()

    response = log_in(client, "marie", PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(person.pk)


def test_lock_is_per_username_and_address():
    UserFactory(username="marie", is_superuser=True)
    UserFactory(username="paul", is_superuser=True)
    client = Client()
    for _attempt in range(5):
        log_in(client, "marie", "pas-le-bon")
    assert log_in(client, "marie", PASSWORD).status_code == 429

    # Another account from the same address, the same account from another address.
    other = Client()
    assert log_in(other, "paul", PASSWORD).status_code == 302
    elsewhere = Client(REMOTE_ADDR="192.0.2.10")
    assert log_in(elsewhere, "marie", PASSWORD).status_code == 302


def test_a_success_before_the_limit_resets_the_count():
    UserFactory(username="marie", is_superuser=True)
    client = Client()
    for _attempt in range(4):
        log_in(client, "marie", "pas-le-bon")
    assert log_in(client, "marie", PASSWORD).status_code == 302
    client.logout()
    for _attempt in range(4):
        log_in(client, "marie", "pas-le-bon")
    assert log_in(client, "marie", PASSWORD).status_code == 302


def test_only_superusers_see_and_delete_login_attempts(programme):
    AccessAttempt.objects.create(
        username="marie", ip_address="127.0.0.1", failures_since_start=5, get_data="", post_data=""
    )
    attempt = AccessAttempt.objects.get()
    team = Client()
    team.force_login(member_of(programme, Role.PROGRAMME_TEAM))
    assert team.get(reverse("login_attempts:index")).status_code in {302, 403}
    team.post(reverse("login_attempts:delete", args=[attempt.pk]))
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()


def test_client_address_honours_only_the_configured_proxy_header():
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7, 203.0.113.5"
    )
    assert client_ip(request) == "10.0.0.1"
    with override_settings(TRUSTED_PROXY_HEADER="HTTP_X_FORWARDED_FOR"):
        assert client_ip(request) == "203.0.113.5"
        assert client_ip(RequestFactory().get("/", REMOTE_ADDR="10.0.0.1")) == "10.0.0.1"


def test_lockout_page_is_translated():
    from django.contrib.auth.models import AnonymousUser
    from django.utils import translation

    from commons.access.login_throttling import lockout_response

    request = RequestFactory().post(LOGIN)
    request.user = AnonymousUser()
    with translation.override("en"):
        response = lockout_response(request)
    html = unescape(response.content.decode())
    assert response.status_code == 429
    assert "Sign-in temporarily blocked" in html
    assert "Try again in 15 minutes, after" in html
