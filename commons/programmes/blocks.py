from django.utils.translation import gettext_lazy as _
from wagtail import blocks

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
