"""Demo evaluation data, read from ``commons/demo/data/evaluation/`` (see data/README.md).

What the demo shows, every part written through the services a person's action goes through
(never raw rows), so that the demo is also a test of those services on realistic data:

- the programmes' own library additions, then 3 to 5 indicators per published project with
  baseline and target, and a year of approved quarterly values (a correction kept in the
  history, a percentage as numerator/denominator, disaggregated parts that do not add up in
  one quarter);
- four forms published (the ex-post review with a second version published after last year's
  campaign, so those responses keep version 1);
- two campaigns answered by the project teams (submitted, late, draft, not started);
- a public questionnaire link with about 200 anonymous answers generated from a seed;
- the coding frame and coded excerpts of the campaigns' long-text answers.

**Dates are relative to the day the demo is loaded** (``DemoCalendar``): the demo always
shows the last year, a campaign whose deadline has just passed and answers of the last months.
Services stamp what they write with the present time; the demo then moves those timestamps
to the day the action is told to have happened (``_backdate_*``), the only writes that do not
go through a service.

Add-only and idempotent, like the rest of the demo: each part is looked up by its natural key
(project and indicator, form name, programme and form of a campaign, project and form of a
public link) and left alone when it exists, so a second load, even on another day, adds
nothing.
"""

import datetime
import random
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

import yaml
from django.contrib.auth import get_user_model
from django.utils import timezone

from commons.demo.datafiles import DATA
from commons.demo.evaluation_stand_ins import add_library_indicator, create_campaign
from commons.programmes.models import ProgrammePage, ProjectPage
from evaluation.campaigns.models import Answer, Campaign, PublicLink, Response
from evaluation.campaigns.public_services import create_public_link
from evaluation.campaigns.services import (
    save_draft,
    source_reference,
    start_or_resume,
    submit,
    submit_public,
)
from evaluation.coding.models import Code
from evaluation.coding.services import add_excerpt, save_code
from evaluation.forms.models import EvaluationForm, FormVersion
from evaluation.forms.responding import ResponseForm, field_name
from evaluation.forms.schema import NO, YES, QuestionType
from evaluation.forms.services import publish
from evaluation.indicators.models import Indicator, IndicatorValue, ProjectIndicator
from evaluation.indicators.periods import Period, period_containing
from evaluation.indicators.services import (
    approve_value,
    follow_indicator,
    save_draft_value,
    submit_value,
)

EVALUATION_DATA = DATA / "evaluation"
QUARTERS_OF_VALUES = 4
# libyaml when installed: the answers and forms files are read at every load.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def data(name: str):
    """One YAML file of ``data/evaluation/`` (``forms`` is the folder, sorted by position)."""
    if name == "forms":
        forms = [_read(path) for path in (EVALUATION_DATA / "forms").glob("*.yaml")]
        for form, path in zip(forms, (EVALUATION_DATA / "forms").glob("*.yaml"), strict=True):
            if form["slug"] != path.stem:
                raise ValueError(f"{path}: the file name must be the slug {form['slug']!r}")
        return sorted(forms, key=lambda form: form["position"])
    return _read(EVALUATION_DATA / f"{name}.yaml")


def _read(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)


@dataclass(frozen=True)
class DemoCalendar:
    """Every date of the evaluation demo, from the day it is loaded."""

    today: datetime.date

    def days(self, offset: int) -> datetime.date:
        return self.today + datetime.timedelta(days=offset)

    @property
    def in_itinere_period(self) -> Period:
        """The quarter of 30 days ago: the one teams report on now."""
        return period_containing(self.days(-30))

    @property
    def in_itinere_opens_on(self) -> datetime.date:
        return self.days(-44)

    @property
    def in_itinere_due_on(self) -> datetime.date:
        return self.days(-16)

    @property
    def value_quarters(self) -> list[Period]:
        """The four quarters before the in itinere period: the year of approved values."""
        quarters = []
        day = self.in_itinere_period[0]
        for _ in range(QUARTERS_OF_VALUES):
            quarters.insert(0, period_containing(day - datetime.timedelta(days=1)))
            day = quarters[0][0]
        return quarters

    @property
    def ex_post_period(self) -> Period:
        year = self.ex_post_opens_on.year - 1
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)

    @property
    def ex_post_opens_on(self) -> datetime.date:
        return self.days(-120)

    @property
    def ex_post_due_on(self) -> datetime.date:
        return self.days(-60)

    def moment(self, day: datetime.date, *, hour: int = 10, minute: int = 0) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def load_evaluation_demo(report, *, today: datetime.date | None = None) -> None:
    """The evaluation part of the demo (called by ``load_demo`` after the projects)."""
    calendar = DemoCalendar(today or timezone.localdate())
    projects = {project.code: project for project in ProjectPage.objects.all()}
    programmes = {programme.slug: programme for programme in ProgrammePage.objects.all()}
    _load_library(report, programmes)
    _load_project_indicators(report, projects, calendar)
    forms = _load_forms(report)
    campaigns = _load_campaigns(report, forms, projects, programmes, calendar)
    _publish_second_versions(report, forms)
    _load_public_questionnaire(report, forms, projects, calendar)
    _load_coding(report, campaigns, programmes)


# --- Library and project indicators -----------------------------------------------------------


def _load_library(report, programmes) -> None:
    for row in data("library"):
        if Indicator.objects.filter(code=row["code"]).exists():
            continue
        fields = {key: value for key, value in row.items() if key != "programme"}
        add_library_indicator(programme=programmes[row["programme"]], user=None, **fields)
        report.count("indicateurs de programme")


def _load_project_indicators(report, projects, calendar: DemoCalendar) -> None:
    quarters = calendar.value_quarters
    baseline_date = quarters[0][0] - datetime.timedelta(days=1)
    target_date = quarters[-1][1]
    for code, rows in data("project_indicators").items():
        project = projects[code]
        for row in rows:
            project_indicator = ProjectIndicator.objects.filter(
                project=project, indicator_id=row["indicator"]
            ).first()
            if project_indicator is None:
                project_indicator = follow_indicator(
                    project=project,
                    indicator=Indicator.objects.get(code=row["indicator"]),
                    baseline_value=Decimal(row["baseline"]),
                    baseline_date=baseline_date,
                    target_value=Decimal(row["target"]),
                    target_date=target_date,
                    user=None,
                )
                report.count("indicateurs de projet")
            if project_indicator.values.exists():
                continue
            _approved_year(project_indicator, row, quarters)
            report.count("années de valeurs validées")


def _approved_year(project_indicator, row: dict, quarters: list[Period]) -> None:
    """Four quarters reported, submitted and approved a few days after each quarter's end;
    the corrected quarter first gets its first value, corrected a quarter later."""
    parts = row.get("parts")
    correction = row.get("correction")
    for index, ((start, end), figure) in enumerate(zip(quarters, row["values"], strict=True)):
        quarter = index + 1
        quarter_parts = (
            {
                (parts["dimension"], category): value
                for category, value in parts["quarters"][index].items()
            }
            if parts
            else {}
        )
        if correction and correction["quarter"] == quarter:
            first = _reported_value(
                project_indicator, start, correction["first_value"], row, quarter_parts
            )
            _backdate_value(first, reported_on=end + datetime.timedelta(days=8))
            corrected = _reported_value(
                project_indicator, start, figure, row, quarter_parts, comment=correction["comment"]
            )
            _backdate_value(corrected, reported_on=end + datetime.timedelta(days=98))
        else:
            value = _reported_value(project_indicator, start, figure, row, quarter_parts)
            _backdate_value(value, reported_on=end + datetime.timedelta(days=8))


def _reported_value(
    project_indicator, start, figure, row, parts, *, comment=None
) -> IndicatorValue:
    """A quarter's value as the team reports it (draft, then submitted) and the programme
    team approves it; reported again for an approved quarter, it is a correction."""
    if isinstance(figure, dict):
        amounts = {
            "numerator": Decimal(figure["numerator"]),
            "denominator": Decimal(figure["denominator"]),
        }
    else:
        amounts = {"value": Decimal(figure)}
    value = save_draft_value(
        project_indicator=project_indicator,
        period_start=start,
        parts=parts,
        comment=comment if comment is not None else row.get("comment", ""),
        user=None,
        **amounts,
    )
    value = submit_value(indicator_value=value, user=None)
    return approve_value(indicator_value=value, user=None)


def _backdate_value(value: IndicatorValue, *, reported_on: datetime.date) -> None:
    """The update was typed, submitted the same day and approved two days later."""
    moment = DemoCalendar(reported_on).moment(reported_on, hour=11)
    IndicatorValue.objects.filter(pk=value.pk).update(
        created_at=moment,
        submitted_at=moment,
        reviewed_at=moment + datetime.timedelta(days=2),
    )


# --- Forms --------------------------------------------------------------------------------------


def question_fields(question: dict) -> dict:
    """A question of the YAML files, with every field of the frozen schema (defaults)."""
    return {
        "key": question["key"],
        "label": question["label"],
        "type": question["type"],
        "required": question.get("required", False),
        "help_text": question.get("help_text", ""),
        "min_value": question.get("min_value"),
        "max_value": question.get("max_value"),
        "min_length": question.get("min_length"),
        "max_length": question.get("max_length"),
        "choices": question.get("choices", []),
        "low_label": question.get("low_label", ""),
        "high_label": question.get("high_label", ""),
        "condition": question.get("condition") or {"question": "", "operator": "", "value": ""},
        "indicator": question.get("indicator") or "",
        "personal_data": question.get("personal_data", False),
    }


def _definition(sections: list[dict]) -> list[dict]:
    """The StreamField value of a form, as the admin's section and question blocks hold it."""
    return [
        {
            "type": "section",
            "value": {
                "title": section["title"],
                "intro": section.get("intro", ""),
                "questions": [question_fields(question) for question in section["questions"]],
            },
        }
        for section in sections
    ]


def _load_forms(report) -> dict[str, EvaluationForm]:
    """Each form of ``data/evaluation/forms/``, created and published once (version 1)."""
    forms = {}
    for row in data("forms"):
        form = EvaluationForm.objects.filter(name=row["name"]).first()
        if form is None:
            form = EvaluationForm(
                name=row["name"],
                moment=row["moment"],
                introduction=row.get("introduction", ""),
                data_notice=row.get("data_notice", ""),
                personal_data_purpose=row.get("personal_data_purpose", ""),
                definition=_definition(row["sections"]),
            )
            form.full_clean()
            form.save()
            report.count("formulaires d'évaluation")
        if not form.versions.exists():
            publish(form=form, user=None)
        forms[row["name"]] = form
    return forms


def _publish_second_versions(report, forms) -> None:
    """The edits of a form's ``version_2``, published after last year's campaign."""
    for row in data("forms"):
        edits = row.get("version_2")
        form = forms[row["name"]]
        if not edits or form.versions.filter(number__gte=2).exists():
            continue
        sections = [
            {**section, "questions": [dict(question) for question in section["questions"]]}
            for section in row["sections"]
        ]
        for section in sections:
            for question in section["questions"]:
                question["label"] = edits.get("relabel", {}).get(question["key"], question["label"])
        for addition in edits.get("add", []):
            section = next(s for s in sections if s["title"] == addition["section"])
            keys = [question["key"] for question in section["questions"]]
            section["questions"].insert(keys.index(addition["after"]) + 1, addition["question"])
        form.definition = _definition(sections)
        form.full_clean()
        form.save()
        publish(form=form, user=None)
        report.count("nouvelles versions de formulaire")


# --- Campaigns ----------------------------------------------------------------------------------


def _load_campaigns(report, forms, projects, programmes, calendar) -> dict[str, Campaign]:
    dates = {
        "in-itinere": (
            calendar.in_itinere_period,
            calendar.in_itinere_opens_on,
            calendar.in_itinere_due_on,
        ),
        "ex-post": (calendar.ex_post_period, calendar.ex_post_opens_on, calendar.ex_post_due_on),
    }
    campaigns = {}
    for row in data("campaigns"):
        programme = programmes[row["programme"]]
        form = forms[row["form"]]
        campaign = Campaign.objects.filter(programme=programme, form=form).first()
        if campaign is not None:
            campaigns[row["key"]] = campaign
            continue
        (period_start, period_end), opens_on, due_on = dates[row["key"]]
        campaign = create_campaign(
            name=row["name"],
            programme=programme,
            form=form,
            wave=programme.waves.get(name=row["wave"]) if row["wave"] else None,
            projects=[projects[code] for code in row["projects"]],
            period_start=period_start,
            period_end=period_end,
            opens_on=opens_on,
            due_on=due_on,
            message=row.get("message", ""),
            user=None,
        )
        report.count("campagnes")
        for code, answered in row["responses"].items():
            _campaign_response(campaign, projects[code], answered, calendar)
        campaigns[row["key"]] = campaign
    return campaigns


def _campaign_response(campaign, project, answered: dict, calendar: DemoCalendar) -> None:
    """A team's response: started two days after the campaign opened, then saved as a draft,
    or submitted a week later (on time) or eight days after the deadline (late)."""
    state = answered["state"]
    if state == "not_started":
        return
    response = start_or_resume(campaign=campaign, project=project, user=None)
    draft = state == "draft"
    answers = validated_answers(
        response.form_version, answered["answers"], calendar=calendar, draft=draft
    )
    started = calendar.moment(campaign.opens_on + datetime.timedelta(days=2))
    if draft:
        save_draft(response=response, answers=answers, user=None)
        _backdate_response(response, started=started)
        return
    submit(response=response, answers=answers, user=None)
    submitted_on = (
        campaign.due_on + datetime.timedelta(days=8)
        if state == "late"
        else campaign.opens_on + datetime.timedelta(days=7 + len(project.code) % 5)
    )
    _backdate_response(response, started=started, submitted=calendar.moment(submitted_on, hour=16))


def validated_answers(
    version: FormVersion, answers: dict, *, calendar: DemoCalendar, draft: bool = False
) -> dict:
    """The answers of the YAML files typed into the form a person fills
    (``ResponseForm``: French decimals, dates as JJ/MM/AAAA), validated as a person's are,
    and given back as the services take them. Invalid demo data is a clear error."""
    questions = {question["key"]: question for question in version.questions()}
    typed = {
        field_name(key): _as_typed(questions[key]["type"], value, calendar)
        for key, value in answers.items()
        if value is not None
    }
    form = ResponseForm(version=version, data=typed, draft=draft)
    if not form.is_valid():
        raise ValueError(f"Demo answers to {version} are invalid: {form.errors.as_data()}")
    return form.answers()


def _as_typed(question_type: str, value, calendar: DemoCalendar):
    if question_type == QuestionType.MULTIPLE_CHOICE:
        return [str(item) for item in value]
    if question_type == QuestionType.YES_NO:
        return YES if value else NO
    if question_type == QuestionType.DATE:
        return calendar.days(value).strftime("%d/%m/%Y")
    if question_type == QuestionType.DECIMAL:
        return str(value).replace(".", ",")
    return str(value)


def _backdate_response(response: Response, *, started, submitted=None) -> None:
    """Moves a response (and its typed rows) to when the demo says it was written. Whether it
    was late follows the same rule as at submission: after the campaign's deadline."""
    changes = {"created_at": started, "updated_at": submitted or started}
    if submitted is not None:
        changes["submitted_at"] = submitted
        if response.campaign_id:
            changes["is_late"] = submitted.date() > response.campaign.due_on
        Answer.objects.filter(response=response).update(submitted_at=submitted)
        IndicatorValue.objects.filter(source_reference=source_reference(response)).update(
            created_at=submitted, submitted_at=submitted
        )
    Response.objects.filter(pk=response.pk).update(**changes)


# --- Public questionnaire -----------------------------------------------------------------------


def _load_public_questionnaire(report, forms, projects, calendar: DemoCalendar) -> None:
    """The link is opened by the project team's demo account (skipped without the demo
    accounts: opening a link is a team's own action); the answers are anonymous."""
    spec = data("public_questionnaire")
    project = projects[spec["project"]]
    form = forms[spec["form"]]
    link = PublicLink.objects.filter(project=project, form=form).first()
    if link is None:
        team_member = _account(spec["opened_by"])
        if team_member is None:
            return
        link = create_public_link(user=team_member, project=project, form=form)
        report.count("questionnaires publics")
    if link.responses.exists():
        return
    version = form.latest_version
    for moment, answers in public_answers(spec, calendar):
        response = submit_public(
            public_link=link, answers=validated_answers(version, answers, calendar=calendar)
        )
        _backdate_response(
            response, started=moment - datetime.timedelta(minutes=3), submitted=moment
        )
        report.count("réponses au questionnaire public")


def _account(username: str):
    """A demo account (see ``commons.demo.loader.DEMO_ACCOUNTS``), if the demo created them."""
    return get_user_model().objects.filter(username=username, is_active=True).first()


def public_answers(spec: dict, calendar: DemoCalendar) -> list[tuple[datetime.datetime, dict]]:
    """The anonymous answers of the public link, drawn from ``spec``'s seed and weights: the
    same answers at every load, in the order they were sent."""
    chance = random.Random(spec["seed"])
    span_days = spec["months"] * 30
    moments = sorted(
        calendar.moment(
            calendar.days(-chance.randint(1, span_days)),
            hour=chance.randint(9, 18),
            minute=chance.randint(0, 59),
        )
        for _ in range(spec["responses"])
    )

    def weighted(weights: dict):
        return chance.choices(list(weights), weights=list(weights.values()))[0]

    result = []
    for moment in moments:
        answers = {key: weighted(weights) for key, weights in spec["weights"].items()}
        for key, rule in spec["multiple_choice"].items():
            count = weighted(rule["count"])
            pool = dict(rule["options"])
            chosen = []
            for _ in range(count):
                option = weighted(pool)
                chosen.append(option)
                del pool[option]
            answers[key] = chosen or None
        for key, rule in spec["integers"].items():
            blank = chance.randrange(100) < rule["blank"]
            answers[key] = (
                None if blank else min(rule["max"], rule["min"] + int(chance.expovariate(0.5)))
            )
        if chance.random() < spec["comment_share"]:
            answers["commentaire"] = chance.choice(spec["comments"])
        result.append((moment, answers))
    return result


# --- Coding -------------------------------------------------------------------------------------


def _load_coding(report, campaigns, programmes) -> None:
    """The coding frame and the coded excerpts, each by the demo account that manages that
    programme's coding (skipped without the demo accounts)."""
    frame = data("coding")
    codes = {}
    for row in frame["codes"]:
        programme = programmes[row["programme"]] if row["programme"] else None
        code = Code.objects.filter(
            programme=programme, theme=row["theme"], label=row["label"]
        ).first()
        if code is None:
            manager = _account(row["by"])
            if manager is None:
                continue
            code = save_code(
                code=Code(
                    programme=programme,
                    theme=row["theme"],
                    label=row["label"],
                    description=row.get("description", ""),
                ),
                user=manager,
            )
            report.count("codes qualitatifs")
        codes[row["label"]] = code
    for row in frame["excerpts"]:
        manager = _account(row["by"])
        campaign = campaigns.get(row["campaign"])
        if manager is None or campaign is None or not set(row["codes"]) <= set(codes):
            continue
        answer = Answer.objects.get(
            campaign=campaign, project__code=row["project"], question_key=row["question"]
        )
        if answer.excerpts.filter(text=row["text"]).exists():
            continue
        add_excerpt(
            answer=answer,
            user=manager,
            passage=row["text"],
            codes=[codes[label] for label in row["codes"]],
            note=row.get("note", ""),
        )
        report.count("extraits codés")
