"""Pages as Wagtail creates them: under their parent, with a published revision when live."""

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from factory.django import DjangoModelFactory
from wagtail.documents import get_document_model

from commons.directory.models import ResourceTypeTerm, ThemeTerm
from commons.programmes.models import ProgrammeIndexPage, ProgrammePage, ProjectPage
from commons.resources.models import LessonPage, ResourcePage
from commons.taxonomies import ProjectPhase, ResourceType, Theme
from tests.factories.directory import OrganisationFactory


class PublishedPageFactory(wagtail_factories.PageFactory):
    """Creates the page, then publishes a revision of it (as the admin would), unless
    `live=False`, which leaves a draft revision only."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(self, create, extracted, **kwargs):
        if not create:
            return
        revision = self.save_revision()
        if self.live:
            revision.publish()
            self.refresh_from_db()


class ProgrammeIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProgrammeIndexPage

    title = "Programmes"
    slug = "programmes"


class ProgrammePageFactory(PublishedPageFactory):
    class Meta:
        model = ProgrammePage

    title = factory.Sequence(lambda n: f"Programme {n}")
    slug = factory.Sequence(lambda n: f"programme-{n}")
    intro = "Un programme d'inclusion numérique."


class ProjectPageFactory(PublishedPageFactory):
    class Meta:
        model = ProjectPage

    title = factory.Sequence(lambda n: f"Projet {n}")
    slug = factory.Sequence(lambda n: f"projet-{n}")
    code = factory.Sequence(lambda n: f"PROJET-{n:03d}")
    summary = "Un projet de médiation numérique."
    phase = ProjectPhase.ACCOMPANIMENT
    lead_organisation = factory.SubFactory(OrganisationFactory)


class DocumentFactory(DjangoModelFactory):
    """A small text file in Wagtail's document library."""

    class Meta:
        model = get_document_model()

    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.LazyAttribute(
        lambda o: ContentFile(
            b"Contenu du document.", name=f"{o.title.lower().replace(' ', '-')}.txt"
        )
    )


def file_block(document, title: str = "") -> tuple:
    """A `file` block of a resource's body."""
    return ("file", {"document": document, "title": title or document.title})


class ResourcePageFactory(PublishedPageFactory):
    """A resource complete enough to be published: a theme and a type (override with
    `themes=ThemeTerm.for_codes([...])`, `resource_types=...`); `body=[file_block(doc)]`
    attaches a file."""

    class Meta:
        model = ResourcePage

    title = factory.Sequence(lambda n: f"Fiche outil {n}")
    slug = factory.Sequence(lambda n: f"fiche-outil-{n}")
    summary = "Une fiche outil réutilisable."
    themes = factory.LazyFunction(lambda: ThemeTerm.for_codes([Theme.SOCIAL_INCLUSION]))
    resource_types = factory.LazyFunction(
        lambda: ResourceTypeTerm.for_codes([ResourceType.TOOLSHEET])
    )


class LessonPageFactory(PublishedPageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Leçon {n}")
    slug = factory.Sequence(lambda n: f"lecon-{n}")
    summary = "Ce que nous avons appris."
    themes = factory.LazyFunction(lambda: ThemeTerm.for_codes([Theme.SOCIAL_INCLUSION]))
