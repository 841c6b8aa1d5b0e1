"""Demo resources and lessons (commons/demo/data): files, revisions, feedback, usage."""

import random
from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from commons.demo import datafiles as content
from commons.directory.models import (
    ChallengeTerm,
    Organisation,
    ResourceTypeTerm,
    TargetPublicTerm,
    ThemeTerm,
)
from commons.engagement.models import ResourceFeedback, UsageCount
from commons.programmes.models import ProjectPage
from commons.resources.models import LessonPage, ResourcePage
from commons.taxonomies import FeedbackStatus, UsageKind

DEMO_COMMENTS = (
    "Très clair, nous l'avons adapté pour nos permanences.",
    "Utile pour préparer un atelier, merci pour les étapes détaillées.",
    "Il manque un exemple pour les publics allophones, mais la base est solide.",
)


def _publish(page, *, user, change_summary: str) -> None:
    """Written by the project team, published as if approved by the programme team."""
    page.change_summary = change_summary
    page.save_revision(user=user).publish(skip_permission_checks=True)


def _team_member(project: ProjectPage):
    return project.team_group.user_set.first() if project.team_group else None


def _document(spec: dict):
    document = get_document_model()(title=spec["title"])
    document.file.save(spec["filename"], ContentFile(spec["content"].encode()), save=False)
    document.save()
    return document


def _body(row: dict, document) -> list:
    blocks = list(row["body"])
    if document is not None:
        blocks.insert(
            min(2, len(blocks)), ("file", {"document": document, "title": row["file"]["title"]})
        )
    return blocks


def _load_resource(row: dict, project: ProjectPage, generator: random.Random) -> ResourcePage:
    document = _document(row["file"]) if row.get("file") else None
    resource = ResourcePage(
        title=row["title"],
        slug=row["slug"],
        summary=row["summary"],
        licence=row["licence"],
        body=_body(row, document),
        last_reviewed=timezone.localdate() - timedelta(days=generator.randint(10, 200)),
    )
    resource.resource_types = ResourceTypeTerm.for_codes(row["types"])
    resource.themes = ThemeTerm.for_codes(row["themes"])
    resource.publics = TargetPublicTerm.for_codes(row["publics"])
    resource.challenges = ChallengeTerm.for_codes(row["challenges"])
    resource.organisations = list(Organisation.objects.filter(slug__in=row["organisations"]))
    resource.tags.add(*row["tags"])
    project.add_child(instance=resource)
    author = _team_member(project)
    _publish(resource, user=author, change_summary="Première publication")
    update = row.get("update")
    if update:
        resource.body = [*_body(row, document), ("paragraph", update["paragraph"])]
        _publish(resource, user=author, change_summary=update["change_summary"])
    _add_engagement(resource, document, generator)
    return resource


def _add_engagement(resource: ResourcePage, document, generator: random.Random) -> None:
    """A month of past usage counts and already moderated feedback.

    Written as rows: ``commons.engagement.services`` serves a visitor's request (today's
    counter, a rate limit per client, moderation by a user of the programme team); none of
    its functions writes a backdated count or a feedback moderated before the demo exists.
    """
    today = timezone.localdate()
    feedback = [
        ResourceFeedback(
            page=resource,
            rating=generator.choice((2, 3, 3, 4, 4, 4)),
            comment=DEMO_COMMENTS[index % len(DEMO_COMMENTS)] if index < 2 else "",
            status=FeedbackStatus.APPROVED,
        )
        for index in range(generator.randint(2, 6))
    ]
    feedback.append(
        ResourceFeedback(
            page=resource,
            rating=4,
            comment="En attente de relecture.",
            status=FeedbackStatus.PENDING,
        )
    )
    ResourceFeedback.objects.bulk_create(feedback)
    counts = []
    for days_ago in range(0, 30, 3):
        day = today - timedelta(days=days_ago)
        counts.append(
            UsageCount(page=resource, kind=UsageKind.VIEW, day=day, count=generator.randint(3, 40))
        )
        if document is not None:
            counts.append(
                UsageCount(
                    page=resource,
                    document=document,
                    kind=UsageKind.DOWNLOAD,
                    day=day,
                    count=generator.randint(0, 12),
                )
            )
    UsageCount.objects.bulk_create(counts)


def _load_lesson(row: dict, project: ProjectPage) -> LessonPage:
    lesson = LessonPage(
        title=row["title"],
        slug=row["slug"],
        summary=row["summary"],
        licence=row["licence"],
        context=row["context"],
        what_we_tried=row["what_we_tried"],
        what_worked=row["what_worked"],
        what_did_not_work=row["what_did_not_work"],
        recommendations=row["recommendations"],
        reuse_conditions=row["reuse_conditions"],
        phase=row["phase"],
        accompaniment_topic=row["accompaniment_topic"],
        evidence_links=[
            ("link", {"url": url, "title": title}) for url, title in row["evidence_links"]
        ],
    )
    lesson.themes = ThemeTerm.for_codes(row["themes"])
    lesson.related_resources = list(ResourcePage.objects.filter(slug__in=row["related_resources"]))
    lesson.tags.add(*row["tags"])
    project.add_child(instance=lesson)
    author = _team_member(project)
    _publish(lesson, user=author, change_summary="Première publication")
    update = row.get("update")
    if update:
        lesson.recommendations = update["recommendations"]
        _publish(lesson, user=author, change_summary=update["change_summary"])
    return lesson


def load_resources_and_lessons(report) -> None:
    """Adds the demo resources and lessons that are missing; overwrites nothing."""
    projects = {project.code: project for project in ProjectPage.objects.filter(code__in=_codes())}
    existing = set(ResourcePage.objects.values_list("slug", flat=True)) | set(
        LessonPage.objects.values_list("slug", flat=True)
    )
    generator = random.Random(2021)
    for row in content.RESOURCES:
        if row["slug"] not in existing:
            _load_resource(row, projects[row["project"]], generator)
            report.count("ressources")
    for row in content.LESSONS:
        if row["slug"] not in existing:
            _load_lesson(row, projects[row["project"]])
            report.count("leçons")
    first = ResourcePage.objects.filter(slug=content.RESOURCES[0]["slug"]).first()
    if first is not None and not first.has_unpublished_changes:
        draft = first.get_latest_revision_as_object()
        draft.summary = f"{draft.summary} (brouillon en cours de relecture)"
        draft.change_summary = "Brouillon : reformulation du résumé"
        draft.save_revision(user=_team_member(first.get_parent().specific))


def _codes() -> set[str]:
    return {row["project"] for row in (*content.RESOURCES, *content.LESSONS)}
