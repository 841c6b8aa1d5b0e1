"""The default « Numérique en Commun[s] » grid, written from public referentials.

Short and concrete on purpose: programme teams refine it in the admin (*Label → Grille*).
Each row: (requirement code, level, device kinds (empty = every kind), evidence kind,
statement, guidance). Texts are data (French), not interface strings.
"""

from commons.taxonomies import DeviceKind as K
from commons.taxonomies import EvidenceKind as E
from commons.taxonomies import LabelCriterionCode as C

ALL: tuple[str, ...] = ()
DIGITAL = (K.DIGITAL.value,)
TANGIBLE = (K.TANGIBLE.value,)
ENGINEERING = (K.ENGINEERING.value,)
NOT_DIGITAL = (K.TANGIBLE.value, K.ENGINEERING.value)

DEFAULT_GRID = [
    {
        "code": C.ACCESSIBILITY,
        "mandatory": True,
        "referential": "RGAA 4.1 (WCAG 2.1 AA)",
        "description": "Le dispositif et ses supports sont utilisables par toutes et tous, "
        "y compris les personnes en situation de handicap.",
        "requirements": [
            (
                "accessibility-1-supports",
                1,
                ALL,
                E.LINK,
                "Les supports produits (fiches, guides, vidéos) sont accessibles : images "
                "décrites, titres structurés, contrastes suffisants, vidéos sous-titrées.",
                "Vérifiez un support type avec les critères RGAA sur les images, les titres "
                "et les couleurs ; donnez le lien vers ce support.",
            ),
            (
                "accessibility-1-statement",
                1,
                DIGITAL,
                E.LINK,
                "Une déclaration d'accessibilité est publiée (état de conformité, "
                "contact, voie de recours).",
                "Modèle : générateur de déclaration d'accessibilité de la DINUM.",
            ),
            (
                "accessibility-1-physical",
                1,
                TANGIBLE,
                E.TEXT,
                "Le kit ou le lieu est utilisable par des personnes à mobilité réduite ou "
                "malvoyantes (accès, hauteur, gros caractères, contrastes).",
                "Décrivez les adaptations faites et celles qui restent à faire.",
            ),
            (
                "accessibility-2-audit",
                2,
                DIGITAL,
                E.DOCUMENT,
                "Un audit RGAA complet est réalisé et un schéma pluriannuel de mise en "
                "accessibilité est publié.",
                "Joignez le rapport d'audit (échantillon, taux de conformité, plan d'action).",
            ),
            (
                "accessibility-2-users",
                2,
                NOT_DIGITAL,
                E.TEXT,
                "Les supports ont été testés avec des personnes en situation de handicap "
                "et corrigés.",
                "Indiquez qui a testé, quand, et ce qui a été corrigé.",
            ),
        ],
    },
    {
        "code": C.OPENNESS,
        "mandatory": True,
        "referential": "Licences ouvertes et libres (Licence Ouverte 2.0, CC BY-SA, EUPL, AGPL)",
        "description": "Les codes sources, données et contenus produits sont publiés sous "
        "licence ouverte et réutilisables.",
        "requirements": [
            (
                "openness-1-licence",
                1,
                ALL,
                E.LINK,
                "Les productions du projet sont publiées sous une licence ouverte ou libre.",
                "La licence est indiquée sur chaque production (mention ou fichier LICENSE).",
            ),
            (
                "openness-1-repository",
                1,
                DIGITAL,
                E.LINK,
                "Le code source est publié dans un dépôt public, avec sa licence.",
                "Forge publique (par ex. code.gouv.fr, GitLab, GitHub).",
            ),
            (
                "openness-2-data",
                2,
                DIGITAL,
                E.LINK,
                "Les données produites sont publiées en format ouvert avec leur schéma, "
                "sur data.gouv.fr ou un portail de données ouvertes.",
                "",
            ),
            (
                "openness-2-plans",
                2,
                TANGIBLE,
                E.LINK,
                "Les plans, listes de matériel et fichiers de fabrication du kit sont "
                "publiés sous licence ouverte.",
                "",
            ),
            (
                "openness-2-contributions",
                2,
                ENGINEERING,
                E.LINK,
                "Des tiers peuvent proposer des contributions et au moins une "
                "contribution extérieure a été intégrée.",
                "Lien vers l'espace de contribution ou la contribution intégrée.",
            ),
        ],
    },
    {
        "code": C.APPROPRIABILITY,
        "mandatory": True,
        "referential": "Documentation publique",
        "description": "Une autre structure peut comprendre, reprendre et adapter le "
        "dispositif grâce à sa documentation.",
        "requirements": [
            (
                "appropriability-1-documentation",
                1,
                ALL,
                E.LINK,
                "Une documentation publique présente le dispositif : objectifs, publics, "
                "mode d'emploi, contacts.",
                "",
            ),
            (
                "appropriability-1-method",
                1,
                ENGINEERING,
                E.DOCUMENT,
                "La méthodologie est décrite étape par étape (durée, moyens, rôles) pour "
                "être reproduite.",
                "",
            ),
            (
                "appropriability-2-install",
                2,
                DIGITAL,
                E.LINK,
                "La documentation d'installation et d'administration permet un déploiement "
                "autonome.",
                "",
            ),
            (
                "appropriability-2-reuse",
                2,
                ALL,
                E.LINK,
                "Au moins une structure extérieure a repris le dispositif à partir de sa "
                "documentation ; son retour d'expérience est publié.",
                "",
            ),
        ],
    },
    {
        "code": C.SECURITY,
        "mandatory": True,
        "referential": "RGPD ; guide d'hygiène informatique de l'ANSSI",
        "description": "Les données des personnes accompagnées et les outils du projet sont "
        "protégés.",
        "requirements": [
            (
                "security-1-gdpr",
                1,
                ALL,
                E.DOCUMENT,
                "Les traitements de données personnelles sont recensés (registre RGPD) et "
                "les personnes en sont informées.",
                "Joignez l'extrait du registre et la mention d'information.",
            ),
            (
                "security-1-basics",
                1,
                DIGITAL,
                E.TEXT,
                "Les bonnes pratiques de base sont appliquées : HTTPS, mots de passe "
                "robustes, mises à jour, sauvegardes testées.",
                "",
            ),
            (
                "security-1-mandate",
                1,
                NOT_DIGITAL,
                E.TEXT,
                "Les aidants ne conservent pas les identifiants des personnes accompagnées "
                "et savent recourir au mandat (par ex. Aidants Connect).",
                "",
            ),
            (
                "security-2-risks",
                2,
                ALL,
                E.DOCUMENT,
                "Une analyse de risques est menée et les mesures décidées sont suivies.",
                "",
            ),
        ],
    },
    {
        "code": C.CODESIGN,
        "mandatory": False,
        "referential": "Implication des usagers",
        "description": "Les personnes concernées participent à la conception et à "
        "l'évolution du dispositif.",
        "requirements": [
            (
                "codesign-1-involvement",
                1,
                ALL,
                E.LINK,
                "Des usagers et des médiateurs ont participé à la conception (ateliers, "
                "tests) ; le compte rendu est publié.",
                "",
            ),
            (
                "codesign-2-governance",
                2,
                ALL,
                E.TEXT,
                "Les usagers participent régulièrement à la gouvernance ou à la feuille de "
                "route du dispositif.",
                "",
            ),
        ],
    },
    {
        "code": C.ECODESIGN,
        "mandatory": False,
        "referential": "RGESN (référentiel général d'écoconception de services numériques)",
        "description": "Le dispositif limite son empreinte environnementale.",
        "requirements": [
            (
                "ecodesign-1-sobriety",
                1,
                ALL,
                E.TEXT,
                "Les choix de sobriété sont décrits : matériel reconditionné, durée de vie, "
                "impressions limitées.",
                "",
            ),
            (
                "ecodesign-1-rgesn",
                1,
                DIGITAL,
                E.LINK,
                "Une déclaration d'écoconception selon le RGESN est publiée.",
                "",
            ),
            (
                "ecodesign-2-measure",
                2,
                DIGITAL,
                E.LINK,
                "L'impact environnemental est mesuré (poids des pages, hébergement) et les "
                "améliorations sont suivies.",
                "",
            ),
            (
                "ecodesign-2-lifecycle",
                2,
                NOT_DIGITAL,
                E.TEXT,
                "Le matériel est réemployé ou réparable et sa fin de vie est organisée.",
                "",
            ),
        ],
    },
]
