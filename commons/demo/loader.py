"""Builds the demo dataset from commons/demo/data; adds what is missing, overwrites nothing."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction

from cms.services.site import ensure_site_structure
from commons.access.services import (
    add_member,
    ensure_funder_team,
    ensure_programme_team,
    ensure_project_team,
)
from commons.demo import datafiles as content
from commons.demo.evaluation import load_evaluation_demo
from commons.demo.label import load_label_demo
from commons.demo.resources import load_resources_and_lessons
from commons.directory.models import (
    ChallengeTerm,
    DeviceKindTerm,
    Organisation,
    TargetPublicTerm,
    Territory,
    ThemeTerm,
)
from commons.programmes.models import (
    AccompanimentNeed,
    ProgrammeIndexPage,
    ProgrammePage,
    ProjectMilestone,
    ProjectObjective,
    ProjectPage,
    ProjectPartner,
    ProjectWorkstream,
    Wave,
)

DEMO_PASSWORD = "commons-demo"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str


DEMO_ACCOUNTS = (
    DemoAccount("admin", "administrateur (tous les droits)"),
    DemoAccount("equipe-transistor", "équipe du programme Transistor"),
    DemoAccount("financeur", "financeur du programme Transistor (lecture, exports)"),
    DemoAccount(
        "financeur-national", "financeur national : tous les programmes (lecture, exports)"
    ),
    DemoAccount("equipe-transistor-01", "équipe du projet TRANSISTOR-01"),
)


@dataclass
class DemoReport:
    created: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str) -> None:
        self.created[kind] = self.created.get(kind, 0) + 1


def _publish(page) -> None:
    page.save_revision().publish()


def _load_territories(report: DemoReport) -> dict[str, Territory]:
    territories = {t.insee_code: t for t in Territory.objects.all()}
    for row in content.TERRITORIES:
        if row["insee_code"] in territories:
            continue
        territory = Territory(
            insee_code=row["insee_code"],
            name=row["name"],
            level=row["level"],
            parent=territories.get(row["parent"]) if row["parent"] else None,
            zone_kind=row["zone_kind"],
            includes_qpv=row["includes_qpv"],
            includes_qva=row["includes_qva"],
        )
        territory.full_clean()
        territory.save()
        territories[territory.insee_code] = territory
        report.count("territoires")
    return territories


def _load_organisations(report: DemoReport, territories) -> dict[str, Organisation]:
    organisations = {o.slug: o for o in Organisation.objects.all()}
    for row in content.ORGANISATIONS:
        if row["slug"] in organisations:
            continue
        organisation = Organisation(
            slug=row["slug"],
            name=row["name"],
            kind=row["kind"],
            siren=row["siren"],
            territory=territories.get(row["territory"]),
            website=row["website"],
        )
        organisation.full_clean()
        organisation.save()
        organisations[organisation.slug] = organisation
        report.count("organisations")
    return organisations


def _load_programmes(report: DemoReport, organisations) -> dict[str, ProgrammePage]:
    index = ProgrammeIndexPage.objects.get()
    programmes = {p.slug: p for p in ProgrammePage.objects.child_of(index)}
    for row in content.PROGRAMMES:
        if row["slug"] in programmes:
            continue
        programme = ProgrammePage(
            title=row["title"],
            slug=row["slug"],
            intro=row["intro"],
            start_date=row["start_date"],
            end_date=row["end_date"],
            accompaniment_modes=row["accompaniment_modes"],
            eligibility_rules=[
                (rule["type"], rule["value"] or None) for rule in row["eligibility_rules"]
            ],
        )
        programme.operators = [organisations[slug] for slug in row["operators"]]
        programme.funders = [organisations[slug] for slug in row["funders"]]
        programme.waves = [Wave(**wave) for wave in row["waves"]]
        index.add_child(instance=programme)
        _publish(programme)
        programmes[programme.slug] = programme
        report.count("programmes")
    return programmes


def project_page(row: dict, *, programme, organisations, territories, copy=None) -> ProjectPage:
    """The unsaved page of a demo project (its `copy`-th copy, with its own organisations,
    when `copy` is given), ready for ``programme.add_child(instance=...)``."""
    suffix = f"-copie-{copy}" if copy is not None else ""

    def organisation(slug):
        return organisations[slug + suffix] if slug else None

    project = ProjectPage(
        title=f"{row['title']} ({copy})" if copy is not None else row["title"],
        slug=f"{row['slug']}-{copy}" if copy is not None else row["slug"],
        code=f"{row['code']}-C{copy}" if copy is not None else row["code"],
        summary=row["summary"],
        context=f"<p>{row['context']}</p>",
        lead_organisation=organisation(row["lead"]),
        wave=programme.waves.filter(name=row["wave"]).first() if row["wave"] else None,
        phase=row["phase"],
        maturity=row["maturity"],
        accompaniment_mode=row["accompaniment_mode"],
        funding_requested=row["funding_requested"],
        funding_granted=row["funding_granted"],
        funder=organisation(row["funder"]),
        commits_to_document_and_evaluate=row["commits_to_document_and_evaluate"],
        live=row["phase"] != "application",
    )
    project.themes = ThemeTerm.for_codes(row["themes"])
    project.challenges = ChallengeTerm.for_codes(row["challenges"])
    project.device_kinds = DeviceKindTerm.for_codes(row["device_kinds"])
    project.publics = TargetPublicTerm.for_codes(row["publics"])
    project.territories = [territories[code] for code in row["territories"]]
    project.partners = [
        ProjectPartner(organisation=organisation(slug), role=role, note=note)
        for slug, role, note in row["partners"]
    ]
    project.objectives = [ProjectObjective(text=text) for text in row["objectives"]]
    project.milestones = [
        ProjectMilestone(date=day, title=title, status=status)
        for day, title, status in row["milestones"]
    ]
    project.workstreams = [
        ProjectWorkstream(title=title, owner=owner, status=status)
        for title, owner, status in row["workstreams"]
    ]
    project.accompaniment_needs = [
        AccompanimentNeed(topic=topic, notes=notes) for topic, notes in row["needs"]
    ]
    return project


def _load_projects(report: DemoReport, programmes, organisations, territories) -> None:
    """Each project is added as a user adds one: its page (which creates its team through
    ``ensure_project_team``), then a published revision, or a private draft for a candidature."""
    existing = set(ProjectPage.objects.values_list("code", flat=True))
    for row in content.PROJECTS:
        if row["code"] in existing:
            continue
        programme = programmes[row["programme"]]
        project = project_page(
            row, programme=programme, organisations=organisations, territories=territories
        )
        programme.add_child(instance=project)
        if row["phase"] == "application":
            project.save_revision()  # candidatures stay private drafts
        else:
            _publish(project)
        report.count("projets")


def _user(username: str, *, display_name: str, superuser: bool = False, teams=()):
    """Demo accounts are named after their role: no real person's name."""
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(
        username=username,
        defaults={"is_superuser": superuser, "is_staff": superuser, "first_name": display_name},
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    for team in teams:
        add_member(team=team, user=user)
    return user


def _load_accounts(programmes, organisations) -> None:
    transistor = programmes["transistor"]
    first_project = ProjectPage.objects.get(code="TRANSISTOR-01")
    _user("admin", display_name="Administration", superuser=True)
    _user(
        "equipe-transistor",
        display_name="Équipe Transistor",
        teams=(ensure_programme_team(programme=transistor),),
    )
    _user(
        "financeur",
        display_name="Financeur local",
        teams=(ensure_funder_team(organisation=organisations["grand-chambery"]),),
    )
    _user(
        "financeur-national",
        display_name="Financeur national",
        teams=(ensure_funder_team(organisation=organisations["anct"], sees_all_programmes=True),),
    )
    _user(
        "equipe-transistor-01",
        display_name="Équipe Cap Droits",
        teams=(ensure_project_team(project=first_project, code=first_project.code),),
    )


@transaction.atomic
def load_demo(*, with_accounts: bool = True) -> DemoReport:
    """The demo: 3 programmes, their organisations, territories and projects, label
    self-assessments and requests, demo accounts, resources and lessons, and evaluation
    (indicators and their values, forms, campaigns, a public questionnaire, coding)."""
    report = DemoReport()
    ensure_site_structure()
    territories = _load_territories(report)
    organisations = _load_organisations(report, territories)
    programmes = _load_programmes(report, organisations)
    _load_projects(report, programmes, organisations, territories)
    load_label_demo(report)
    if with_accounts:
        _load_accounts(programmes, organisations)
    load_resources_and_lessons(report)
    load_evaluation_demo(report)
    return report
