"""StreamField blocks: eligibility rules (checked in selectors.eligibility) and resource bodies."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from commons.taxonomies import OrganisationKind


class LeadKindRuleBlock(blocks.StructBlock):
    allowed_kinds = blocks.MultipleChoiceBlock(
        label=_("types de porteur acceptés"), choices=OrganisationKind.choices
    )

    class Meta:
        label = _("Type de structure porteuse")
        icon = "group"


class ThemeCountRuleBlock(blocks.StructBlock):
    minimum = blocks.IntegerBlock(label=_("minimum"), min_value=0, default=1)
    maximum = blocks.IntegerBlock(label=_("maximum"), min_value=1, default=1)

    class Meta:
        label = _("Nombre de thématiques")
        icon = "tag"


class ConsortiumRuleBlock(blocks.StructBlock):
    minimum_partners = blocks.IntegerBlock(
        label=_("nombre minimum de partenaires"), min_value=1, default=1
    )

    class Meta:
        label = _("Consortium")
        icon = "group"


class GrantRangeRuleBlock(blocks.StructBlock):
    minimum = blocks.IntegerBlock(label=_("montant minimum (€)"), min_value=0)
    maximum = blocks.IntegerBlock(label=_("montant maximum (€)"), min_value=0)

    class Meta:
        label = _("Montant de subvention demandé")
        icon = "form"


class EligibilityRulesBlock(blocks.StreamBlock):
    lead_kind = LeadKindRuleBlock()
    targets_priority_neighbourhoods = blocks.StaticBlock(
        label=_("Publics des quartiers prioritaires (QPV ou QVA)"),
        admin_text=_("Au moins un territoire du projet comprend un QPV ou un QVA."),
        icon="site",
    )
    theme_count = ThemeCountRuleBlock()
    documentation_commitment = blocks.StaticBlock(
        label=_("Engagement à documenter et évaluer"),
        admin_text=_("Le projet s'engage à contribuer à la documentation et à l'évaluation."),
        icon="doc-full",
    )
    consortium = ConsortiumRuleBlock()
    grant_range = GrantRangeRuleBlock()
    device_kind_required = blocks.StaticBlock(
        label=_("Type de dispositif renseigné"),
        admin_text=_("Au moins un type de dispositif : numérique, tangible ou ingénierie."),
        icon="cogs",
    )
    challenge_required = blocks.StaticBlock(
        label=_("Défi renseigné"),
        admin_text=_("Le projet répond à au moins un des cinq défis."),
        icon="pick",
    )


class FileBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("fichier"))
    title = blocks.CharBlock(
        label=_("intitulé"), required=False, help_text=_("Par défaut, le titre du document.")
    )

    class Meta:
        label = _("Fichier à télécharger")
        icon = "doc-full"
        template = "commons/blocks/file_block.html"


class LinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("adresse"))
    title = blocks.CharBlock(label=_("intitulé du lien"))

    class Meta:
        label = _("Lien externe")
        icon = "link"
        template = "commons/blocks/link_block.html"


class VideoBlock(blocks.StructBlock):
    """A link to the video, never a third-party iframe: no tracker, light pages."""

    url = blocks.URLBlock(label=_("adresse de la vidéo"))
    title = blocks.CharBlock(label=_("titre de la vidéo"))
    transcript = blocks.TextBlock(
        label=_("transcription ou description"),
        help_text=_("Obligatoire : accessible aux personnes sourdes, malentendantes ou aveugles."),
    )

    class Meta:
        label = _("Vidéo")
        icon = "media"
        template = "commons/blocks/video_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("citation"))
    attribution = blocks.CharBlock(label=_("source"), required=False)

    class Meta:
        label = _("Citation")
        icon = "openquote"
        template = "commons/blocks/quote_block.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("type"),
        choices=[("info", _("À savoir")), ("tip", _("Conseil")), ("warning", _("Attention"))],
        default="info",
    )
    text = blocks.RichTextBlock(label=_("texte"), features=["bold", "italic", "link"])

    class Meta:
        label = _("Encadré")
        icon = "warning"
        template = "commons/blocks/callout_block.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("étape"))
    description = blocks.TextBlock(label=_("description"), required=False)


class ResourceBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Intertitre"), icon="title", template="commons/blocks/heading_block.html"
    )
    paragraph = blocks.RichTextBlock(
        label=_("Texte"), features=["bold", "italic", "link", "ol", "ul", "h3"]
    )
    image = ImageBlock(label=_("Image"))
    file = FileBlock()
    link = LinkBlock()
    video = VideoBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    steps = blocks.ListBlock(
        StepBlock(),
        label=_("Étapes (méthode)"),
        icon="list-ol",
        template="commons/blocks/steps_block.html",
    )
