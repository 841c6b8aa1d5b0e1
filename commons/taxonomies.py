"""Stable codes for every vocabulary of the domain.

Codes are stored in the database and exchanged in exports: never rename one.
Labels are French (the source language) and translatable.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Theme(models.TextChoices):
    SOCIAL_INCLUSION = "social_inclusion", _("Social et insertion")
    ECOLOGICAL_TRANSITION = "ecological_transition", _("Transition écologique")
    PARTICIPATORY_DEMOCRACY = "participatory_democracy", _("Démocratie participative")
    ITINERANCY = "itinerancy", _("Itinérance")


class Challenge(models.TextChoices):
    KNOW_TERRITORY_NEEDS = (
        "know_territory_needs",
        _("Connaître les besoins et les ressources en inclusion numérique de son territoire"),
    )
    ADMINISTRATIVE_EMERGENCIES = (
        "administrative_emergencies",
        _("Améliorer la gestion des situations d'urgence administrative"),
    )
    AUTONOMY = "autonomy", _("Accompagner les différents publics vers l'autonomie numérique")
    SUSTAIN_SCHEMES = (
        "sustain_schemes",
        _("Pérenniser les dispositifs d'inclusion numérique de son territoire"),
    )
    FRAGILE_PUBLICS = (
        "fragile_publics",
        _("Construire ou consolider une offre pour un public particulièrement fragile"),
    )


class DeviceKind(models.TextChoices):
    DIGITAL = "digital", _("Numérique (logiciel, base de données, référentiel)")
    TANGIBLE = "tangible", _("Tangible (kit de médiation, dispositif itinérant)")
    ENGINEERING = "engineering", _("Ingénierie (expérimentation, méthodologie documentée)")


class AccompanimentTopic(models.TextChoices):
    PROJECT_ENGINEERING = "project_engineering", _("Ingénierie de projet")
    BUSINESS_MODEL = "business_model", _("Modèle économique")
    SKILLS = "skills", _("Compétences et culture numérique des équipes")
    HUMAN_RESOURCES = "human_resources", _("Ressources humaines (fonction employeur)")
    MEDIATION_DESIGN = "mediation_design", _("Conception d'activités de médiation numérique")


class TargetPublic(models.TextChoices):
    """Codes shared with the national resource commons' beneficiary list."""

    ALL = "TousPublics", _("Tous publics")
    MINORS = "EnfantsMineurs", _("Enfants mineurs")
    ADULTS = "Adultes", _("Adultes")
    SENIORS = "SeniorsPersonnesAgees", _("Seniors, personnes âgées")
    PARENTS = "Parents", _("Parents")
    VERY_FAR_FROM_DIGITAL = (
        "PersonnesTresEloigneesNumerique",
        _("Personnes très éloignées du numérique"),
    )
    DISABILITY = (
        "PersonneSituationHandicapOuPerteAutonomie",
        _("Personnes en situation de handicap ou de perte d'autonomie"),
    )
    ILLITERACY = "PersonneSituationIlletrisme", _("Personnes en situation d'illettrisme")
    ALLOPHONE = (
        "PersonneAllophoneOuRefugiesDemandeursAsile",
        _("Personnes allophones, réfugiées ou demandeuses d'asile"),
    )
    INSERTION = (
        "PersonnesEnInsertionSocialeOuProfessionnelle",
        _("Personnes en insertion sociale ou professionnelle"),
    )


class ProjectPhase(models.TextChoices):
    APPLICATION = "application", _("Candidature")
    LAUREATE = "laureate", _("Lauréat")
    DIAGNOSTIC = "diagnostic", _("Diagnostic")
    ACCOMPANIMENT = "accompaniment", _("Accompagnement")
    DOCUMENTATION = "documentation", _("Documentation et évaluation")
    COMPLETED = "completed", _("Terminé")


class Maturity(models.TextChoices):
    NEW = "new", _("Nouveau projet")
    SCALING = "scaling", _("Passage à l'échelle")


class AccompanimentMode(models.TextChoices):
    INDIVIDUAL = "individual", _("Individuel")
    PAIR = "pair", _("En binôme")
    COLLECTIVE = "collective", _("Collectif")


class OrganisationKind(models.TextChoices):
    ASSOCIATION = "association", _("Association")
    COMMUNE = "commune", _("Commune")
    EPCI = "epci", _("EPCI (intercommunalité)")
    DEPARTMENT = "department", _("Département")
    REGION = "region", _("Région")
    RESOURCE_HUB = "resource_hub", _("Centre de ressources / hub")
    PUBLIC_BODY = "public_body", _("Établissement public / GIP")
    COOPERATIVE = "cooperative", _("Coopérative / SCIC")
    COMPANY = "company", _("Entreprise")


class TerritoryLevel(models.TextChoices):
    COMMUNE = "commune", _("Commune")
    EPCI = "epci", _("EPCI")
    DEPARTMENT = "department", _("Département")
    REGION = "region", _("Région")


class ZoneKind(models.TextChoices):
    URBAN = "urban", _("Urbain")
    RURAL = "rural", _("Rural")
    MOUNTAIN = "mountain", _("Montagne")


class PartnerRole(models.TextChoices):
    CO_LEAD = "co_lead", _("Co-porteur")
    OPERATOR = "operator", _("Partenaire opérationnel")
    LOCAL_AUTHORITY = "local_authority", _("Collectivité partenaire")
    FUNDER = "funder", _("Financeur")
    EXPERT = "expert", _("Expertise / accompagnement")


class MilestoneStatus(models.TextChoices):
    DONE = "done", _("Réalisé")
    PLANNED = "planned", _("Prévu")


class WorkstreamStatus(models.TextChoices):
    PLANNED = "planned", _("À lancer")
    IN_PROGRESS = "in_progress", _("En cours")
    DONE = "done", _("Terminé")


class ResourceType(models.TextChoices):
    METHODOLOGICAL_GUIDE = "methodological_guide", _("Guide méthodologique")
    TOOLSHEET = "toolsheet", _("Fiche outil")
    TRAINING_MATERIAL = "training_material", _("Support pédagogique")
    VIDEO = "video", _("Vidéo / webinaire")
    MEDIATION_KIT = "mediation_kit", _("Kit de médiation")
    SOFTWARE = "software", _("Logiciel")
    DATASET = "dataset", _("Jeu de données")
    ROADMAP = "roadmap", _("Feuille de route")
    DOCUMENT_TEMPLATE = "document_template", _("Modèle de document")
    ARTICLE = "article", _("Article")
    INFOGRAPHIC = "infographic", _("Infographie")
    QUESTIONNAIRE = "questionnaire", _("Questionnaire")


class ContentLanguage(models.TextChoices):
    FRENCH = "fr", _("Français")
    ENGLISH = "en", _("Anglais")
    OTHER = "other", _("Autre langue")


class FeedbackStatus(models.TextChoices):
    PENDING = "pending", _("En attente de modération")
    APPROVED = "approved", _("Publié")
    REJECTED = "rejected", _("Refusé")


class ReportReason(models.TextChoices):
    INAPPROPRIATE = "inappropriate", _("Contenu inapproprié")
    OUTDATED = "outdated", _("Contenu obsolète")
    ERRORS = "errors", _("Contient des erreurs")
    DUPLICATE = "duplicate", _("Doublon d'une autre ressource")


class ReportStatus(models.TextChoices):
    OPEN = "open", _("À traiter")
    RESOLVED = "resolved", _("Traité")
    DISMISSED = "dismissed", _("Classé sans suite")


class UsageKind(models.TextChoices):
    VIEW = "view", _("Vue")
    DOWNLOAD = "download", _("Téléchargement")


# --------------------------------------------------------------------------- Label
class LabelCriterionCode(models.TextChoices):
    """The six criteria of the « Numérique en Commun[s] » label."""

    ACCESSIBILITY = "accessibility", _("Accessibilité")
    OPENNESS = "openness", _("Ouverture (codes sources et données)")
    APPROPRIABILITY = "appropriability", _("Appropriabilité (documentation)")
    SECURITY = "security", _("Sécurité")
    CODESIGN = "codesign", _("Co-design")
    ECODESIGN = "ecodesign", _("Éco-conception")


class LabelLevel(models.IntegerChoices):
    LEVEL_1 = 1, _("Niveau 1")
    LEVEL_2 = 2, _("Niveau 2")


class EvidenceKind(models.TextChoices):
    LINK = "link", _("Lien")
    DOCUMENT = "document", _("Document")
    TEXT = "text", _("Texte")


class RequirementStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Non commencé")
    IN_PROGRESS = "in_progress", _("En cours")
    ACHIEVED = "achieved", _("Atteint")
    NOT_APPLICABLE = "not_applicable", _("Non applicable")


class AssessmentState(models.TextChoices):
    DRAFT = "draft", _("Brouillon")
    PUBLISHED = "published", _("Publiée")


class LabelRequestState(models.TextChoices):
    NOT_REQUESTED = "not_requested", _("Non demandé")
    REQUESTED = "requested", _("Demandé")
    TO_COMPLETE = "to_complete", _("À compléter")
    REFUSED = "refused", _("Refusé")
    GRANTED = "granted", _("Accordé")
