"""Pages as Wagtail creates them: under their parent, with a published revision when live."""

import factory
import wagtail_factories

from commons.programmes.models import ProgrammeIndexPage, ProgrammePage, ProjectPage
from commons.resources.models import LessonPage, ResourcePage
from commons.taxonomies import ProjectPhase
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


class ResourcePageFactory(PublishedPageFactory):
    class Meta:
        model = ResourcePage

    title = factory.Sequence(lambda n: f"Fiche outil {n}")
    slug = factory.Sequence(lambda n: f"fiche-outil-{n}")
    summary = "Une fiche outil réutilisable."


class LessonPageFactory(PublishedPageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Leçon {n}")
    slug = factory.Sequence(lambda n: f"lecon-{n}")
    summary = "Ce que nous avons appris."
