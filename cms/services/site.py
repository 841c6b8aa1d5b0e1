"""The fixed skeleton of the public site, created once and kept idempotent."""

from django.db import transaction
from wagtail.models import Page, Site

from cms.models import HomePage, StandardPage
from commons.access.services import remove_default_group_rights
from commons.directory.services import sync_taxonomy_terms
from commons.label.services import ensure_default_label_grid
from commons.programmes.models import ProgrammeIndexPage, ProjectIndexPage

ABOUT_BODY = [
    ("heading", "Un commun pour la médiation numérique"),
    (
        "paragraph",
        "<p>Commons permet aux projets lauréats de programmes d'inclusion numérique de "
        "documenter leur travail comme un commun : ressources réutilisables, leçons apprises, "
        "indicateurs et évaluation. Le code et les données sont ouverts.</p>",
    ),
    ("heading", "Le label Numérique en Commun[s]"),
    (
        "paragraph",
        "<p>La plateforme suit les critères du label : accessibilité, ouverture des codes et "
        "des données, documentation, sécurité, co-conception et éco-conception.</p>",
    ),
]

ACCESSIBILITY_BODY = [
    ("heading", "État de conformité"),
    (
        "paragraph",
        "<p>Ce site vise la conformité au RGAA 4.1 (WCAG 2.1 niveau AA). Chaque page publique "
        "est contrôlée automatiquement à chaque modification du code ; un audit manuel complet "
        "reste à conduire : le site est donc déclaré <strong>partiellement conforme</strong>.</p>",
    ),
    ("heading", "Signaler un défaut d'accessibilité"),
    (
        "paragraph",
        "<p>Si vous ne parvenez pas à accéder à un contenu ou à un service, écrivez à l'équipe "
        "du programme : nous vous proposerons une alternative accessible. Vous pouvez aussi "
        "saisir le Défenseur des droits.</p>",
    ),
]


def _child(parent: Page, model, slug: str, **fields) -> Page:
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def ensure_site_structure() -> HomePage:
    """Home page, section pages, default site, taxonomy terms, global roles and the default
    label grid; idempotent. Wagtail's default groups lose their site-wide rights."""
    sync_taxonomy_terms()
    remove_default_group_rights()
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(
            title="Commons",
            slug="accueil",
            intro="Les communs de la médiation numérique : projets, ressources, leçons "
            "apprises et évaluation, ouverts à toutes et tous.",
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Commons"
        )
    elif site.root_page_id != home.pk:
        previous_root = site.root_page
        site.root_page = home
        site.site_name = site.site_name or "Commons"
        site.save()
        if type(previous_root.specific) is Page and not previous_root.get_children().exists():
            previous_root.delete()

    _child(
        home,
        ProjectIndexPage,
        "projets",
        title="Projets",
        show_in_menus=True,
        intro="Les projets accompagnés par les programmes, leurs objectifs et leur avancement.",
    )
    _child(
        home,
        ProgrammeIndexPage,
        "programmes",
        title="Programmes",
        show_in_menus=True,
        intro="Appels à projets et incubateurs qui sélectionnent et accompagnent les projets.",
    )
    _child(
        home,
        StandardPage,
        "a-propos",
        title="À propos",
        show_in_menus=True,
        intro="Ce qu'est Commons, pour qui, et comment y contribuer.",
        body=ABOUT_BODY,
    )
    _child(
        home,
        StandardPage,
        "accessibilite",
        title="Accessibilité",
        intro="Déclaration d'accessibilité de la plateforme.",
        body=ACCESSIBILITY_BODY,
    )
    ensure_default_label_grid()
    return home
