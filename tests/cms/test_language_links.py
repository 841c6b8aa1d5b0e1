"""The language links of any page, even a 404 at a hostile address, stay on this site."""

import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["//evil.example/x", "/\\evil.example/x", "///evil.example"])
def test_a_404_at_a_protocol_relative_address_links_to_this_site(client, site_root, path):
    response = client.get("/", PATH_INFO=path)
    assert response.status_code == 404
    html = response.content.decode()
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs
    for href in hrefs:
        assert not href.startswith("//") and not href.startswith("/\\"), href
    # The language link is still there, as a path of this site.
    assert any(href.startswith("/") and "evil.example" in href for href in hrefs)
