"""Private files: stored where no web server looks, served only by views that ask the access
module first.

``STORAGES["private"]`` is a ``PrivateFileStorage``: a file system storage rooted at
``PRIVATE_MEDIA_ROOT`` (outside ``MEDIA_ROOT``, never mapped by the reverse proxy), with no
public URL at all. A view that has decided the person may read a file answers with
``private_file_response``: always a download (``Content-Disposition: attachment``), never
sniffed (``X-Content-Type-Options: nosniff``), sandboxed if opened anyway
(``Content-Security-Policy: sandbox``), never kept by a shared cache.

Kernel module: Django only, no domain import.
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.http import FileResponse, Http404
from django.utils.functional import cached_property


class PrivateFileStorage(FileSystemStorage):
    """Files under ``PRIVATE_MEDIA_ROOT`` (read when first used, and again when the setting
    changes: tests point it to a temporary directory); they have no URL."""

    def __init__(self, location=None, **kwargs):
        kwargs.pop("base_url", None)
        super().__init__(location=location, base_url=None, **kwargs)

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise ValueError("A private file has no public URL: serve it with a view that checks.")


def private_storage():
    """The storage of private files (callable for ``FileField(storage=…)``)."""
    return storages["private"]


def private_file_response(file, *, filename: str, content_type: str) -> FileResponse:
    """The download of a private file the person was allowed to read (404 if it is gone)."""
    try:
        file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(file, as_attachment=True, filename=filename, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
