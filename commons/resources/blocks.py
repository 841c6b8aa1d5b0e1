from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock


class FileBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("fichier"))
    title = blocks.CharBlock(
        label=_("intitulé"), required=False, help_text=_("Par défaut, le titre du document.")
    )

    class Meta:
        label = _("Fichier à télécharger")
        icon = "doc-full"
        template = "resources/blocks/file_block.html"


class LinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("adresse"))
    title = blocks.CharBlock(label=_("intitulé du lien"))

    class Meta:
        label = _("Lien externe")
        icon = "link"
        template = "resources/blocks/link_block.html"


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
        template = "resources/blocks/video_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("citation"))
    attribution = blocks.CharBlock(label=_("source"), required=False)

    class Meta:
        label = _("Citation")
        icon = "openquote"
        template = "resources/blocks/quote_block.html"


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
        template = "resources/blocks/callout_block.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("étape"))
    description = blocks.TextBlock(label=_("description"), required=False)


class ResourceBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Intertitre"), icon="title", template="resources/blocks/heading_block.html"
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
        template="resources/blocks/steps_block.html",
    )
