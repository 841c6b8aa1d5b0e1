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


ABOUT_BODY_EN = [
    ("heading", "A commons for digital mediation"),
    (
        "paragraph",
        "<p>Commons lets the winning projects of digital inclusion programmes document their "
        "work as a commons: reusable resources, lessons learned, indicators and evaluation. "
        "The code and the data are open.</p>",
    ),
    ("heading", "The Numérique en Commun[s] label"),
    (
        "paragraph",
        "<p>The platform follows the label's criteria: accessibility, open code and data, "
        "documentation, security, co-design and eco-design.</p>",
    ),
]

ACCESSIBILITY_BODY_EN = [
    ("heading", "Compliance status"),
    (
        "paragraph",
        "<p>This site aims to comply with RGAA 4.1 (WCAG 2.1 level AA). Every public page is "
        "checked automatically whenever the code changes; a full manual audit is still to be "
        "carried out, so the site is declared <strong>partially compliant</strong>.</p>",
    ),
    ("heading", "Reporting an accessibility issue"),
    (
        "paragraph",
        "<p>If you cannot access a piece of content or a service, write to the programme "
        "team: we will offer you an accessible alternative. You can also refer the matter to "
        "the Défenseur des droits (the French Defender of Rights).</p>",
    ),
]


def _fill_english(page: Page, english: dict) -> None:
    """Fill the page's empty English fields, never overwriting what an editor wrote.

    The live page gets the words; when it has no pending draft, they are also published as
    a revision so that the next edit starts from them (a pending draft is left unpublished).
    """
    missing = {name: value for name, value in english.items() if not getattr(page, name)}
    if not missing:
        return
    for name, value in missing.items():
        setattr(page, name, value)
    if page.has_unpublished_changes:
        page.save(update_fields=list(missing))
    else:
        page.save_revision().publish()


def _child(parent: Page, model, slug: str, english: dict | None = None, **fields) -> Page:
    english = english or {}
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        _fill_english(existing, english)
        return existing
    page = model(slug=slug, **fields, **english)
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
    home_english = {
        "title_en": "Commons",
        "intro_en": "The commons of digital mediation: projects, resources, lessons learned "
        "and evaluation, open to everyone.",
    }
    if home is None:
        home = HomePage(
            title="Commons",
            slug="accueil",
            intro="Les communs de la médiation numérique : projets, ressources, leçons "
            "apprises et évaluation, ouverts à toutes et tous.",
            **home_english,
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    else:
        _fill_english(home, home_english)
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
        english={
            "title_en": "Projects",
            "intro_en": "The projects supported by the programmes, their goals and progress.",
        },
    )
    _child(
        home,
        ProgrammeIndexPage,
        "programmes",
        title="Programmes",
        show_in_menus=True,
        intro="Appels à projets et incubateurs qui sélectionnent et accompagnent les projets.",
        english={
            "title_en": "Programmes",
            "intro_en": "Calls for projects and incubators that select and support the projects.",
        },
    )
    _child(
        home,
        StandardPage,
        "a-propos",
        title="À propos",
        show_in_menus=True,
        intro="Ce qu'est Commons, pour qui, et comment y contribuer.",
        body=ABOUT_BODY,
        english={
            "title_en": "About",
            "intro_en": "What Commons is, who it is for, and how to contribute.",
            "body_en": ABOUT_BODY_EN,
        },
    )
    _child(
        home,
        StandardPage,
        "accessibilite",
        title="Accessibilité",
        intro="Déclaration d'accessibilité de la plateforme.",
        body=ACCESSIBILITY_BODY,
        english={
            "title_en": "Accessibility",
            "intro_en": "The platform's accessibility statement.",
            "body_en": ACCESSIBILITY_BODY_EN,
        },
    )
    ensure_default_label_grid()
    return home
