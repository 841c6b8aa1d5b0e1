"""French demo content for Commons: territories, organisations, programmes, projects.

Plain Python data, loaded by the demo seeding command. Codes are the string values of
the TextChoices in ``commons.taxonomies``. Organisation and programme names come from the
source documents (shared/seeds/) or are fictional; no real person's name or e-mail appears:
people are designated by their role. SIREN numbers are either None or 9-digit numbers that
pass the Luhn checksum (fictional ones for fictional organisations).

Teaching example: TRANSISTOR-06 is deliberately ineligible to the Transistor call (company
lead, two themes, no QPV/QVA territory, no documentation commitment). Every other project
satisfies all the eligibility rules of its programme.
"""

from datetime import date

# ---------------------------------------------------------------------------
# Territories (parents before children)
# ---------------------------------------------------------------------------

TERRITORIES = [
    # Regions
    {
        "insee_code": "11",
        "name": "Île-de-France",
        "level": "region",
        "parent": None,
        "zone_kind": "",
        "includes_qpv": True,
        "includes_qva": False,
    },
    {
        "insee_code": "84",
        "name": "Auvergne-Rhône-Alpes",
        "level": "region",
        "parent": None,
        "zone_kind": "",
        "includes_qpv": True,
        "includes_qva": True,
    },
    {
        "insee_code": "75",
        "name": "Nouvelle-Aquitaine",
        "level": "region",
        "parent": None,
        "zone_kind": "",
        "includes_qpv": True,
        "includes_qva": False,
    },
    # Departments
    {
        "insee_code": "73",
        "name": "Savoie",
        "level": "department",
        "parent": "84",
        "zone_kind": "",
        "includes_qpv": True,
        "includes_qva": True,
    },
    {
        "insee_code": "38",
        "name": "Isère",
        "level": "department",
        "parent": "84",
        "zone_kind": "",
        "includes_qpv": True,
        "includes_qva": False,
    },
    {
        "insee_code": "16",
        "name": "Charente",
        "level": "department",
        "parent": "75",
        "zone_kind": "",
        "includes_qpv": True,
        "includes_qva": False,
    },
    # EPCI (SIREN as code; the 4B Sud-Charente number is fictional)
    {
        "insee_code": "200069110",
        "name": "Grand Chambéry",
        "level": "epci",
        "parent": "73",
        "zone_kind": "urban",
        "includes_qpv": True,
        "includes_qva": True,
    },
    {
        "insee_code": "200070357",
        "name": "Communauté de communes des 4B Sud-Charente",
        "level": "epci",
        "parent": "16",
        "zone_kind": "rural",
        "includes_qpv": False,
        "includes_qva": False,
    },
    # Communes
    {
        "insee_code": "73065",
        "name": "Chambéry",
        "level": "commune",
        "parent": "200069110",
        "zone_kind": "urban",
        "includes_qpv": True,
        "includes_qva": True,
    },
    {
        "insee_code": "73179",
        "name": "La Motte-Servolex",
        "level": "commune",
        "parent": "200069110",
        "zone_kind": "urban",
        "includes_qpv": False,
        "includes_qva": False,
    },
    {
        "insee_code": "38548",
        "name": "Villard-de-Lans",
        "level": "commune",
        "parent": "38",
        "zone_kind": "mountain",
        "includes_qpv": False,
        "includes_qva": False,
    },
    {
        "insee_code": "38205",
        "name": "Lans-en-Vercors",
        "level": "commune",
        "parent": "38",
        "zone_kind": "mountain",
        "includes_qpv": False,
        "includes_qva": False,
    },
    {
        "insee_code": "16028",
        "name": "Barbezieux-Saint-Hilaire",
        "level": "commune",
        "parent": "200070357",
        "zone_kind": "rural",
        "includes_qpv": False,
        "includes_qva": False,
    },
    {
        "insee_code": "16015",
        "name": "Angoulême",
        "level": "commune",
        "parent": "16",
        "zone_kind": "urban",
        "includes_qpv": True,
        "includes_qva": False,
    },
]

# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------

ORGANISATIONS = [
    {
        "slug": "agate",
        "name": "AGATE – Agence alpine des territoires",
        "kind": "association",
        "siren": None,
        "territory": "73065",
        "website": "https://www.agate-territoires.fr",
    },
    {
        "slug": "grand-chambery",
        "name": "Grand Chambéry",
        "kind": "epci",
        "siren": "200069110",
        "territory": "200069110",
        "website": "https://www.grandchambery.fr",
    },
    {
        "slug": "ville-de-chambery",
        "name": "Ville de Chambéry",
        "kind": "commune",
        "siren": "217300656",
        "territory": "73065",
        "website": "https://www.chambery.fr",
    },
    {
        "slug": "anct",
        "name": "Agence nationale de la cohésion des territoires (ANCT)",
        "kind": "public_body",
        "siren": None,
        "territory": "11",
        "website": "https://agence-cohesion-territoires.gouv.fr",
    },
    {
        "slug": "banque-des-territoires",
        "name": "Banque des Territoires",
        "kind": "public_body",
        "siren": None,
        "territory": "11",
        "website": "https://www.banquedesterritoires.fr",
    },
    {
        "slug": "region-nouvelle-aquitaine",
        "name": "Région Nouvelle-Aquitaine",
        "kind": "region",
        "siren": None,
        "territory": "75",
        "website": "https://www.nouvelle-aquitaine.fr",
    },
    {
        "slug": "departement-isere",
        "name": "Département de l'Isère",
        "kind": "department",
        "siren": "223800012",
        "territory": "38",
        "website": "https://www.isere.fr",
    },
    {
        "slug": "pqna",
        "name": "Pays et Quartiers de Nouvelle-Aquitaine (PQN-A)",
        "kind": "public_body",
        "siren": None,
        "territory": "75",
        "website": "https://www.pqn-a.fr",
    },
    {
        "slug": "hubik",
        "name": "Hubik – Hub pour un numérique inclusif en Nouvelle-Aquitaine",
        "kind": "resource_hub",
        "siren": None,
        "territory": "75",
        "website": "https://hubik.fr",
    },
    {
        "slug": "agopop",
        "name": "AGOPOP – Maison des habitants",
        "kind": "association",
        "siren": None,
        "territory": "38548",
        "website": "",
    },
    {
        "slug": "tiers-lieux-vercors",
        "name": "Coopérative des tiers-lieux du Vercors",
        "kind": "cooperative",
        "siren": "318765245",
        "territory": "38205",
        "website": "",
    },
    {
        "slug": "cc-4b-sud-charente",
        "name": "Communauté de communes des 4B Sud-Charente",
        "kind": "epci",
        "siren": "200070357",
        "territory": "200070357",
        "website": "",
    },
    {
        "slug": "espace-numerique-sud-charente",
        "name": "Espace Numérique Sud Charente",
        "kind": "association",
        "siren": None,
        "territory": "16028",
        "website": "",
    },
    {
        "slug": "les-cles-du-numerique",
        "name": "Les Clés du numérique",
        "kind": "association",
        "siren": "812457364",
        "territory": "73065",
        "website": "",
    },
    {
        "slug": "quartiers-connectes",
        "name": "Quartiers connectés",
        "kind": "association",
        "siren": "890123458",
        "territory": "73065",
        "website": "",
    },
    {
        "slug": "pixel-conseil",
        "name": "Pixel & Borne Conseil SAS",
        "kind": "company",
        "siren": "529874133",
        "territory": "73179",
        "website": "",
    },
]

# ---------------------------------------------------------------------------
# Programmes
# ---------------------------------------------------------------------------

LOCAL_AUTHORITY_AND_ASSOCIATION = ["association", "commune", "epci", "department", "region"]

PROGRAMMES = [
    {
        "slug": "transistor",
        "title": "Transistor – Incubateur numérique inclusif",
        "intro": (
            "Porté par AGATE et Grand Chambéry dans le cadre du plan des usages numériques, "
            "Transistor propose en 2021-2022 un accompagnement expert et sur mesure aux "
            "acteurs locaux qui développent des projets de médiation numérique pour les "
            "habitants des quartiers prioritaires (QPV) et en veille active (QVA) du bassin "
            "chambérien. Les lauréats sont accompagnés individuellement ou en binôme, les autres "
            "candidats collectivement, et tous documentent et évaluent leur projet."
        ),
        "operators": ["agate", "grand-chambery"],
        "funders": ["grand-chambery"],
        "start_date": date(2021, 4, 26),
        "end_date": date(2022, 12, 31),
        "accompaniment_modes": ["individual", "pair", "collective"],
        "eligibility_rules": [
            {"type": "lead_kind", "value": {"allowed_kinds": LOCAL_AUTHORITY_AND_ASSOCIATION}},
            {"type": "targets_priority_neighbourhoods", "value": {}},
            {"type": "theme_count", "value": {"minimum": 1, "maximum": 1}},
            {"type": "documentation_commitment", "value": {}},
        ],
        "waves": [
            {
                "name": "AMI 2021",
                "deadline": date(2021, 5, 31),
                "jury_date": date(2021, 6, 17),
                "announcement_date": date(2021, 6, 30),
            },
        ],
    },
    {
        "slug": "outiller-la-mediation-numerique",
        "title": "AMI « Outiller la médiation numérique »",
        "intro": (
            "Appel à manifestation d'intérêt national de l'ANCT, financé par le plan France "
            "Relance, pour identifier, financer et accompagner des dispositifs d'inclusion "
            "numérique ancrés dans un territoire. Les projets candidatent en consortium et "
            "peuvent recevoir une subvention de 20 000 à 300 000 € ou un accompagnement métier. "
            "L'appel est ouvert en continu, avec une vague de sélection environ tous les trois mois."
        ),
        "operators": ["anct"],
        "funders": ["anct"],
        "start_date": date(2021, 7, 15),
        "end_date": date(2023, 1, 31),
        "accompaniment_modes": ["individual", "collective"],
        "eligibility_rules": [
            {"type": "consortium", "value": {"minimum_partners": 1}},
            {"type": "grant_range", "value": {"minimum": 20000, "maximum": 300000}},
            {"type": "device_kind_required", "value": {}},
            {"type": "challenge_required", "value": {}},
        ],
        "waves": [
            {
                "name": "Vague 1",
                "deadline": date(2021, 9, 17),
                "jury_date": date(2021, 9, 29),
                "announcement_date": date(2021, 10, 6),
            },
            {
                "name": "Vague 2",
                "deadline": date(2021, 12, 17),
                "jury_date": date(2022, 1, 12),
                "announcement_date": date(2022, 1, 26),
            },
            {
                "name": "Vague 3",
                "deadline": date(2022, 3, 18),
                "jury_date": date(2022, 4, 6),
                "announcement_date": date(2022, 4, 20),
            },
            {
                "name": "Vague 4",
                "deadline": date(2022, 6, 17),
                "jury_date": date(2022, 7, 6),
                "announcement_date": date(2022, 7, 20),
            },
            {
                "name": "Vague 5",
                "deadline": date(2022, 9, 16),
                "jury_date": date(2022, 10, 5),
                "announcement_date": date(2022, 10, 19),
            },
        ],
    },
    {
        "slug": "formation-action-feuille-de-route",
        "title": "Formation-action : co-construire la feuille de route d'inclusion numérique de son territoire",
        "intro": (
            "PQN-A et Hubik forment les collectivités à la méthode expérimentée en 2022-2023 "
            "pour construire une feuille de route territoriale d'inclusion numérique. Trois "
            "territoires « accueillants » servent de laboratoire à deux journées de formation "
            "réunissant 15 à 30 participants. La formation est financée dans le cadre du projet "
            "lauréat de l'AMI « Outiller la médiation numérique »."
        ),
        "operators": ["pqna", "hubik"],
        "funders": ["anct"],
        "start_date": date(2023, 3, 6),
        "end_date": date(2023, 10, 31),
        "accompaniment_modes": ["collective"],
        "eligibility_rules": [
            {"type": "lead_kind", "value": {"allowed_kinds": ["epci", "commune", "resource_hub"]}},
            {"type": "documentation_commitment", "value": {}},
        ],
        "waves": [
            {
                "name": "Appel 2023",
                "deadline": date(2023, 4, 7),
                "jury_date": date(2023, 4, 21),
                "announcement_date": date(2023, 5, 5),
            },
        ],
    },
]

# ---------------------------------------------------------------------------
# Projects
# ---------------------------------------------------------------------------

PROJECTS = [
    # ----------------------------------------------------------------- Transistor
    {
        "code": "TRANSISTOR-01",
        "slug": "cap-droits-hauts-de-chambery",
        "title": "Cap Droits : permanences numériques d'accès aux droits aux Hauts-de-Chambéry",
        "programme": "transistor",
        "wave": "AMI 2021",
        "summary": (
            "Des permanences d'accompagnement aux démarches en ligne (CAF, Pôle emploi, "
            "impôts) tenues dans les maisons de quartier, avec un parcours pour rendre les "
            "habitants autonomes plutôt que de faire à leur place."
        ),
        "context": (
            "Depuis 2019, l'association tient une permanence hebdomadaire au cœur du quartier "
            "prioritaire des Hauts-de-Chambéry. La dématérialisation des démarches a fait "
            "exploser la demande pendant la crise sanitaire : les bénévoles réalisent de plus en "
            "plus de démarches « à la place » des personnes, ce qui pose des questions de "
            "responsabilité et ne développe pas leur autonomie. Le projet vise à structurer un "
            "parcours progressif, à sécuriser la relation aidant-usager et à doubler le nombre "
            "de créneaux en s'appuyant sur les maisons de quartier."
        ),
        "lead": "les-cles-du-numerique",
        "partners": [
            (
                "ville-de-chambery",
                "local_authority",
                "Mise à disposition d'un bureau dans deux maisons de quartier",
            ),
            (
                "quartiers-connectes",
                "operator",
                "Orientation des habitants suivis par l'association vers les permanences",
            ),
        ],
        "phase": "documentation",
        "maturity": "scaling",
        "accompaniment_mode": "individual",
        "themes": ["social_inclusion"],
        "challenges": ["administrative_emergencies", "autonomy"],
        "device_kinds": ["engineering"],
        "publics": [
            "PersonnesTresEloigneesNumerique",
            "PersonnesEnInsertionSocialeOuProfessionnelle",
            "SeniorsPersonnesAgees",
        ],
        "territories": ["73065"],
        "funding_requested": 9500,
        "funding_granted": 8000,
        "funder": "grand-chambery",
        "commits_to_document_and_evaluate": True,
        "objectives": [
            "Passer de une à trois permanences hebdomadaires dans les quartiers prioritaires.",
            "Construire un parcours en trois étapes menant les habitants vers l'autonomie "
            "dans leurs démarches en ligne.",
            "Sécuriser les pratiques des bénévoles (mandat, données personnelles, Aidants Connect).",
        ],
        "milestones": [
            (date(2021, 5, 28), "Dépôt de la candidature à l'AMI Transistor", "done"),
            (date(2021, 6, 30), "Sélection parmi les lauréats", "done"),
            (
                date(2021, 7, 20),
                "Diagnostic des besoins avec l'équipe projet de l'incubateur",
                "done",
            ),
            (
                date(2021, 9, 13),
                "Ouverture des permanences dans deux nouvelles maisons de quartier",
                "done",
            ),
            (date(2022, 3, 15), "Formation des bénévoles à Aidants Connect", "done"),
            (date(2022, 11, 30), "Publication du guide du parcours et du bilan", "planned"),
        ],
        "workstreams": [
            ("Conception du parcours vers l'autonomie", "Coordinatrice de l'association", "done"),
            ("Sécurisation juridique de l'accompagnement", "Les Clés du numérique", "done"),
            (
                "Documentation et évaluation du projet",
                "Référent évaluation de l'association",
                "in_progress",
            ),
        ],
        "needs": [
            (
                "project_engineering",
                "Clarifier les contraintes juridiques du « faire à la place » et le recours au mandat.",
            ),
            (
                "skills",
                "Former une douzaine de bénévoles aux démarches en ligne les plus fréquentes.",
            ),
        ],
    },
    {
        "code": "TRANSISTOR-02",
        "slug": "repar-num-quartiers",
        "title": "Répar'Num : sobriété numérique et réemploi dans les quartiers",
        "programme": "transistor",
        "wave": "AMI 2021",
        "summary": (
            "Des ateliers mensuels de réparation de smartphones et d'ordinateurs et de "
            "sensibilisation à la sobriété numérique, animés avec les habitants dans les "
            "quartiers prioritaires de Chambéry."
        ),
        "context": (
            "Beaucoup de familles des quartiers prioritaires n'ont qu'un smartphone fatigué pour "
            "toutes leurs démarches et renoncent à le faire réparer faute de moyens. "
            "L'association, qui animait déjà un café-réparation, a voulu y ajouter un volet "
            "numérique en binôme avec la Ville : diagnostic et petites réparations, "
            "récupération de matériel reconditionné, et ateliers pour allonger la durée de vie "
            "des équipements et réduire son empreinte numérique."
        ),
        "lead": "quartiers-connectes",
        "partners": [
            (
                "ville-de-chambery",
                "co_lead",
                "Binôme de l'accompagnement ; maisons de quartier et service développement durable",
            ),
            ("les-cles-du-numerique", "operator", "Animation des ateliers de prise en main"),
        ],
        "phase": "completed",
        "maturity": "new",
        "accompaniment_mode": "pair",
        "themes": ["ecological_transition"],
        "challenges": ["autonomy"],
        "device_kinds": ["tangible"],
        "publics": ["Parents", "Adultes", "TousPublics"],
        "territories": ["73065"],
        "funding_requested": 12000,
        "funding_granted": 10000,
        "funder": "grand-chambery",
        "commits_to_document_and_evaluate": True,
        "objectives": [
            "Organiser dix ateliers de réparation et de sobriété numérique par an.",
            "Remettre en circulation cinquante équipements reconditionnés auprès des familles.",
            "Publier un kit d'animation réutilisable par d'autres maisons de quartier.",
        ],
        "milestones": [
            (date(2021, 5, 27), "Dépôt de la candidature à l'AMI Transistor", "done"),
            (date(2021, 8, 26), "Diagnostic en binôme avec la Ville", "done"),
            (date(2021, 10, 9), "Premier atelier Répar'Num", "done"),
            (date(2022, 6, 18), "Fête du réemploi au quartier", "done"),
            (date(2022, 12, 8), "Publication du kit d'animation et du bilan", "done"),
        ],
        "workstreams": [
            ("Animation des ateliers mensuels", "Quartiers connectés", "done"),
            ("Filière de collecte et de reconditionnement", "Ville de Chambéry", "done"),
            ("Rédaction du kit d'animation", "Animateur numérique de l'association", "done"),
        ],
        "needs": [
            (
                "mediation_design",
                "Concevoir des supports d'atelier accessibles aux publics non lecteurs.",
            ),
            ("business_model", "Trouver un financement durable pour le matériel de réparation."),
        ],
    },
    {
        "code": "TRANSISTOR-03",
        "slug": "quartiers-en-voix",
        "title": "Quartiers en voix : budget participatif accompagné",
        "programme": "transistor",
        "wave": "AMI 2021",
        "summary": (
            "Accompagner les habitants des quartiers prioritaires pour qu'ils proposent et "
            "votent des projets sur la plateforme en ligne du budget participatif, grâce à des "
            "ateliers et des points d'accès accompagnés."
        ),
        "context": (
            "La Ville a lancé un budget participatif dont le dépôt et le vote se font "
            "essentiellement en ligne. Le premier bilan montre une participation très faible "
            "dans les quartiers prioritaires et de veille active, où de nombreux habitants "
            "n'ont pas d'ordinateur ou ne se sentent pas légitimes. Le projet organise des "
            "ateliers d'écriture de propositions et des points de vote accompagnés, pour que "
            "ces habitants prennent part aux décisions qui les concernent."
        ),
        "lead": "ville-de-chambery",
        "partners": [
            ("quartiers-connectes", "operator", "Animation des ateliers de proposition"),
            ("agate", "expert", "Appui méthodologique à l'évaluation de la participation"),
        ],
        "phase": "accompaniment",
        "maturity": "new",
        "accompaniment_mode": "individual",
        "themes": ["participatory_democracy"],
        "challenges": [],
        "device_kinds": ["engineering"],
        "publics": ["Adultes", "PersonnesTresEloigneesNumerique", "PersonneSituationIlletrisme"],
        "territories": ["73065"],
        "funding_requested": None,
        "funding_granted": None,
        "funder": None,
        "commits_to_document_and_evaluate": True,
        "objectives": [
            "Tripler le nombre de propositions déposées depuis les quartiers prioritaires.",
            "Ouvrir un point de vote accompagné dans chaque maison de quartier.",
            "Former les agents d'accueil à l'accompagnement de la participation en ligne.",
        ],
        "milestones": [
            (date(2021, 5, 31), "Dépôt de la candidature à l'AMI Transistor", "done"),
            (date(2021, 7, 8), "Diagnostic des besoins et choix des expertises", "done"),
            (date(2021, 10, 2), "Premiers ateliers d'écriture de propositions", "done"),
            (date(2022, 4, 4), "Ouverture des points de vote accompagnés", "planned"),
            (date(2022, 9, 30), "Bilan de la participation et retour d'expérience", "planned"),
        ],
        "workstreams": [
            ("Ateliers de proposition dans les quartiers", "Quartiers connectés", "in_progress"),
            ("Points de vote accompagnés", "Service démocratie locale de la Ville", "planned"),
            (
                "Formation des agents d'accueil",
                "Chargée de mission participation citoyenne",
                "planned",
            ),
        ],
        "needs": [
            (
                "project_engineering",
                "Coordonner les services municipaux et les associations autour du calendrier du vote.",
            ),
            (
                "mediation_design",
                "Concevoir des ateliers adaptés aux personnes en situation d'illettrisme.",
            ),
        ],
    },
    {
        "code": "TRANSISTOR-04",
        "slug": "triporteur-numerique",
        "title": "Le Triporteur numérique : la médiation qui va vers les habitants",
        "programme": "transistor",
        "wave": "AMI 2021",
        "summary": (
            "Un triporteur équipé (tablettes, connexion, imprimante) qui tourne chaque semaine "
            "sur les marchés, pieds d'immeubles et écoles des quartiers prioritaires pour aller "
            "au-devant des habitants éloignés du numérique."
        ),
        "context": (
            "Les lieux de médiation numérique du bassin chambérien touchent peu les habitants "
            "qui ne franchissent pas la porte d'une structure. L'association souhaite aller "
            "vers eux avec un dispositif itinérant léger, présent là où ils vivent, pour "
            "répondre aux questions du quotidien et orienter vers les permanences existantes. "
            "Le projet n'est pas encore lancé et demande un accompagnement complet."
        ),
        "lead": "les-cles-du-numerique",
        "partners": [
            (
                "grand-chambery",
                "local_authority",
                "Autorisations d'occupation et lien avec les bailleurs",
            ),
        ],
        "phase": "diagnostic",
        "maturity": "new",
        "accompaniment_mode": "individual",
        "themes": ["itinerancy"],
        "challenges": [],
        "device_kinds": ["tangible"],
        "publics": [
            "PersonnesTresEloigneesNumerique",
            "SeniorsPersonnesAgees",
            "PersonneAllophoneOuRefugiesDemandeursAsile",
        ],
        "territories": ["200069110"],
        "funding_requested": 7000,
        "funding_granted": None,
        "funder": "grand-chambery",
        "commits_to_document_and_evaluate": True,
        "objectives": [
            "Définir un circuit hebdomadaire de six points d'arrêt dans les quartiers prioritaires.",
            "Équiper et sécuriser le triporteur pour des usages en extérieur.",
            "Mesurer la part des personnes rencontrées orientées vers un lieu de médiation.",
        ],
        "milestones": [
            (date(2021, 5, 30), "Dépôt de la candidature à l'AMI Transistor", "done"),
            (date(2021, 6, 30), "Sélection parmi les lauréats", "done"),
            (date(2021, 8, 31), "Fin du diagnostic des besoins", "planned"),
            (date(2021, 9, 20), "Démarrage de l'accompagnement", "planned"),
            (date(2022, 4, 1), "Première tournée du triporteur", "planned"),
        ],
        "workstreams": [
            (
                "Diagnostic des lieux et des horaires de passage",
                "Coordinatrice de l'association",
                "in_progress",
            ),
            ("Équipement du triporteur", "Les Clés du numérique", "planned"),
        ],
        "needs": [
            ("business_model", "Identifier des financements d'investissement pour le véhicule."),
            ("human_resources", "Créer un poste d'animateur itinérant à temps partiel."),
            ("project_engineering", "Obtenir les autorisations d'occupation de l'espace public."),
        ],
    },
    {
        "code": "TRANSISTOR-05",
        "slug": "parents-connectes",
        "title": "Parents connectés : suivre la scolarité de ses enfants en ligne",
        "programme": "transistor",
        "wave": "AMI 2021",
        "summary": (
            "Des ateliers pour aider les parents des quartiers prioritaires à utiliser l'espace "
            "numérique de travail, les inscriptions en ligne et les outils de communication "
            "avec l'école."
        ),
        "context": (
            "Les équipes éducatives constatent que de nombreux parents ne consultent jamais "
            "l'espace numérique de travail et manquent des informations essentielles. "
            "L'association propose des ateliers courts à la sortie des écoles. Le projet n'a "
            "pas été retenu pour un accompagnement individuel mais bénéficie de l'accompagnement "
            "collectif de l'incubateur (sessions d'échanges et formations)."
        ),
        "lead": "quartiers-connectes",
        "partners": [
            (
                "ville-de-chambery",
                "local_authority",
                "Accès aux écoles et aux accueils périscolaires",
            ),
        ],
        "phase": "accompaniment",
        "maturity": "new",
        "accompaniment_mode": "collective",
        "themes": ["social_inclusion"],
        "challenges": [],
        "device_kinds": [],
        "publics": ["Parents", "PersonneAllophoneOuRefugiesDemandeursAsile"],
        "territories": ["73065"],
        "funding_requested": None,
        "funding_granted": None,
        "funder": None,
        "commits_to_document_and_evaluate": True,
        "objectives": [
            "Proposer un cycle de quatre ateliers par trimestre dans trois écoles.",
            "Produire une fiche pratique multilingue sur l'espace numérique de travail.",
        ],
        "milestones": [
            (date(2021, 5, 31), "Dépôt de la candidature à l'AMI Transistor", "done"),
            (
                date(2021, 10, 14),
                "Session collective « Concevoir un atelier de médiation »",
                "done",
            ),
            (date(2022, 1, 10), "Premier cycle d'ateliers à l'école pilote", "done"),
            (date(2022, 6, 30), "Bilan avec les équipes éducatives", "planned"),
        ],
        "workstreams": [
            ("Ateliers parents à la sortie des écoles", "Quartiers connectés", "in_progress"),
            ("Fiche pratique multilingue", "Animatrice famille de l'association", "planned"),
        ],
        "needs": [
            ("mediation_design", "Adapter les supports aux parents allophones."),
        ],
    },
    {
        # Deliberately ineligible (teaching example): company lead, two themes,
        # no QPV/QVA territory, no documentation commitment.
        "code": "TRANSISTOR-06",
        "slug": "bornes-numeriques-commerces",
        "title": "Bornes numériques en libre-service chez les commerçants",
        "programme": "transistor",
        "wave": "AMI 2021",
        "summary": (
            "Installer des bornes tactiles en libre-service dans les commerces de proximité "
            "pour réaliser ses démarches administratives, avec une tournée de maintenance et "
            "d'assistance."
        ),
        "context": (
            "La société commercialise des bornes interactives et souhaite en déployer une "
            "dizaine dans des commerces de La Motte-Servolex, avec une tournée hebdomadaire "
            "d'assistance. Le dossier ne prévoit pas de partage des supports ni d'évaluation "
            "ouverte, le contenu des bornes restant propriétaire."
        ),
        "lead": "pixel-conseil",
        "partners": [],
        "phase": "application",
        "maturity": "new",
        "accompaniment_mode": "collective",
        "themes": ["social_inclusion", "itinerancy"],
        "challenges": [],
        "device_kinds": ["tangible", "digital"],
        "publics": ["TousPublics"],
        "territories": ["73179"],
        "funding_requested": 25000,
        "funding_granted": None,
        "funder": None,
        "commits_to_document_and_evaluate": False,
        "objectives": [
            "Installer dix bornes dans les commerces de proximité.",
            "Assurer une tournée hebdomadaire d'assistance aux usagers.",
        ],
        "milestones": [
            (date(2021, 5, 31), "Dépôt de la candidature à l'AMI Transistor", "done"),
            (date(2021, 9, 1), "Installation des premières bornes", "planned"),
            (date(2021, 12, 1), "Tournée d'assistance hebdomadaire", "planned"),
        ],
        "workstreams": [
            ("Démarchage des commerçants", "Pixel & Borne Conseil SAS", "planned"),
            ("Maintenance des bornes", "Responsable technique de la société", "planned"),
        ],
        "needs": [
            ("business_model", "Trouver des commerçants prêts à héberger une borne."),
        ],
    },
    # ------------------------------------------------ AMI Outiller la médiation numérique
    {
        "code": "OUTILLER-01",
        "slug": "outiller-collectivites-strategie-territoriale",
        "title": "Outiller les collectivités pour agir et co-construire une stratégie territoriale d'inclusion numérique",
        "programme": "outiller-la-mediation-numerique",
        "wave": "Vague 2",
        "summary": (
            "Un guide méthodologique et un programme d'accompagnement renforcé expérimenté avec "
            "deux collectivités pour aider les EPCI à construire leur feuille de route "
            "d'inclusion numérique, puis essaimé par des webinaires et une formation-action."
        ),
        "context": (
            "Le cycle de qualification « Inclusion numérique et territoires » mené de janvier "
            "2021 à juin 2022 (6 groupes de travail, 4 webconférences, 13 fiches outils, plus "
            "d'une centaine de participants dont un quart des EPCI de la région) a montré que "
            "les collectivités se mobilisent dans l'urgence de la dématérialisation sans prendre "
            "le temps de comprendre leurs enjeux locaux, connaissent mal les dispositifs "
            "nationaux et manquent d'ingénierie. Hubik et PQN-A combinent leurs expertises "
            "inclusion numérique et développement territorial pour les outiller."
        ),
        "lead": "hubik",
        "partners": [
            (
                "pqna",
                "co_lead",
                "Expertise développement territorial et animation du réseau régional",
            ),
            ("region-nouvelle-aquitaine", "local_authority", "Membre du comité de pilotage"),
            ("banque-des-territoires", "funder", "Membre du comité de pilotage"),
            ("cc-4b-sud-charente", "local_authority", "Territoire d'expérimentation rural"),
        ],
        "phase": "completed",
        "maturity": "scaling",
        "accompaniment_mode": "individual",
        "themes": ["social_inclusion"],
        "challenges": ["know_territory_needs", "sustain_schemes"],
        "device_kinds": ["engineering", "digital"],
        "publics": ["TousPublics"],
        "territories": ["75", "200070357"],
        "funding_requested": 240000,
        "funding_granted": 200000,
        "funder": "anct",
        "commits_to_document_and_evaluate": True,
        "objectives": [
            "Produire un guide méthodologique, papier et numérique, de la construction d'une "
            "stratégie d'inclusion numérique, du diagnostic à l'évaluation.",
            "Expérimenter un programme d'accompagnement renforcé auprès de deux collectivités "
            "de territoires fragiles (QPV, zones rurales).",
            "Diffuser les outils à l'échelle nationale : quatre webinaires, quatre rencontres "
            "locales et une formation à destination des centres de ressources.",
        ],
        "milestones": [
            (date(2021, 1, 15), "Lancement du cycle de qualification régional", "done"),
            (date(2022, 4, 12), "Réunion collective de lancement de l'expérimentation", "done"),
            (
                date(2022, 9, 20),
                "Diagnostics territoriaux et ateliers d'intelligence collective",
                "done",
            ),
            (date(2023, 1, 24), "Voyage apprenant sur un territoire inspirant", "done"),
            (date(2023, 4, 28), "Remise des feuilles de route et fin de l'expérimentation", "done"),
            (date(2023, 6, 15), "Publication du guide méthodologique", "done"),
        ],
        "workstreams": [
            ("Guide méthodologique", "Hubik et PQN-A", "done"),
            (
                "Programme d'accompagnement renforcé de deux collectivités",
                "Chargée de mission « Inclusion numérique et territoires »",
                "done",
            ),
            ("Diffusion : webinaires et rencontres locales", "Hubik", "done"),
            ("Évaluation in itinere et ex-post", "Comité de pilotage", "done"),
        ],
        "needs": [
            (
                "project_engineering",
                "Structurer la gouvernance entre comité de pilotage et comité des parties prenantes.",
            ),
            ("mediation_design", "Concevoir les formats d'ateliers et le corpus méthodologique."),
        ],
    },
    {
        "code": "OUTILLER-02",
        "slug": "maison-numerique-medias-vercors",
        "title": "Maison du numérique et des médias itinérante du Vercors",
        "programme": "outiller-la-mediation-numerique",
        "wave": "Vague 3",
        "summary": (
            "Créer une maison du numérique et des médias itinérante, intégrée au réseau des "
            "tiers-lieux du Vercors, où les habitants participent à la gouvernance et aux "
            "activités : accès accompagné, éducation aux médias, création."
        ),
        "context": (
            "Depuis plusieurs années, la maison des habitants et ses partenaires utilisent le "
            "numérique pour la prévention (fausses informations, identité numérique), l'accès "
            "accompagné aux démarches et des animations créatives. Sur un territoire de "
            "montagne aux villages dispersés, l'association veut coordonner cette offre, devenir "
            "référente pour tous les publics et la rendre mobile, en s'appuyant sur le réseau "
            "des tiers-lieux et en laissant une place réelle à la participation des habitants."
        ),
        "lead": "agopop",
        "partners": [
            (
                "tiers-lieux-vercors",
                "co_lead",
                "Accueil des étapes de l'itinérance dans les tiers-lieux",
            ),
            (
                "departement-isere",
                "funder",
                "Soutien à l'investissement du projet numérique jeunesse",
            ),
        ],
        "phase": "diagnostic",
        "maturity": "scaling",
        "accompaniment_mode": "individual",
        "themes": ["itinerancy", "participatory_democracy"],
        "challenges": ["autonomy"],
        "device_kinds": ["tangible", "engineering"],
        "publics": ["TousPublics", "EnfantsMineurs", "Parents"],
        "territories": ["38548", "38205"],
        "funding_requested": 85000,
        "funding_granted": 72000,
        "funder": "anct",
        "commits_to_document_and_evaluate": True,
        "objectives": [
            "Coordonner à l'échelle du territoire le développement de la culture numérique.",
            "Favoriser l'accès et l'utilisation de l'outil numérique par tous.",
            "Favoriser l'expression citoyenne et culturelle des habitants.",
        ],
        "milestones": [
            (
                date(2019, 4, 15),
                "Printemps 2019 : état des lieux interne des actions numériques",
                "done",
            ),
            (date(2019, 7, 10), "Première réunion des tiers-lieux du Vercors", "done"),
            (
                date(2020, 6, 1),
                "Démarrage de la formation DESJEPS de la coordinatrice numérique",
                "done",
            ),
            (
                date(2020, 9, 25),
                "Première réunion d'échange autour de la création d'un médialab",
                "done",
            ),
            (
                date(2022, 6, 30),
                "Séminaire professionnels et habitants sur la gouvernance",
                "planned",
            ),
            (date(2022, 12, 1), "Ouverture de la maison du numérique et des médias", "planned"),
        ],
        "workstreams": [
            (
                "Rédaction du projet éducatif numérique",
                "Coordinatrice numérique de l'association",
                "in_progress",
            ),
            (
                "Gouvernance partagée avec les habitants",
                "Conseil d'administration de l'AGOPOP",
                "planned",
            ),
            (
                "Itinérance dans les tiers-lieux",
                "Coopérative des tiers-lieux du Vercors",
                "planned",
            ),
        ],
        "needs": [
            (
                "project_engineering",
                "Définir la gouvernance et la place de chaque acteur du projet.",
            ),
            ("business_model", "Articuler les financements Département, État et intercommunalité."),
            (
                "human_resources",
                "Dégager du temps de coordination pour la chargée du projet numérique.",
            ),
        ],
    },
    {
        "code": "OUTILLER-03",
        "slug": "sos-demarches-grand-chambery",
        "title": "SOS Démarches : une cellule d'urgence administrative numérique à l'échelle de l'agglomération",
        "programme": "outiller-la-mediation-numerique",
        "wave": "Vague 2",
        "summary": (
            "Un outil partagé d'orientation et de prise de rendez-vous entre les lieux de "
            "médiation de l'agglomération pour traiter en moins de 48 heures les situations "
            "d'urgence administrative (rupture de droits, échéance dépassée)."
        ),
        "context": (
            "Les accueils de l'agglomération (CCAS, maisons France Services, associations) "
            "reçoivent chaque semaine des personnes en situation d'urgence : allocation "
            "suspendue, dossier incomplet, échéance dépassée. Faute de coordination, ces "
            "personnes sont renvoyées d'un guichet à l'autre. Grand Chambéry, avec les "
            "associations lauréates de Transistor, veut outiller la coordination par un "
            "référentiel commun des lieux et une prise de rendez-vous partagée en logiciel libre."
        ),
        "lead": "grand-chambery",
        "partners": [
            (
                "les-cles-du-numerique",
                "operator",
                "Permanences d'urgence dans les quartiers prioritaires",
            ),
            ("quartiers-connectes", "operator", "Orientation et suivi des situations"),
            ("agate", "expert", "Cartographie des lieux et évaluation"),
        ],
        "phase": "accompaniment",
        "maturity": "new",
        "accompaniment_mode": "individual",
        "themes": ["social_inclusion"],
        "challenges": ["administrative_emergencies"],
        "device_kinds": ["digital"],
        "publics": [
            "SeniorsPersonnesAgees",
            "PersonnesTresEloigneesNumerique",
            "PersonneAllophoneOuRefugiesDemandeursAsile",
        ],
        "territories": ["200069110"],
        "funding_requested": 120000,
        "funding_granted": 95000,
        "funder": "anct",
        "commits_to_document_and_evaluate": True,
        "objectives": [
            "Recenser dans un référentiel ouvert tous les lieux d'accompagnement de l'agglomération.",
            "Mettre en place une prise de rendez-vous partagée pour les situations d'urgence.",
            "Traiter 80 % des situations d'urgence signalées en moins de 48 heures.",
        ],
        "milestones": [
            (date(2021, 12, 15), "Dépôt du dossier en consortium", "done"),
            (date(2022, 1, 26), "Annonce des lauréats de la vague 2", "done"),
            (date(2022, 5, 17), "Atelier de co-conception avec les agents d'accueil", "done"),
            (date(2022, 10, 3), "Mise en service du référentiel des lieux", "planned"),
            (date(2023, 1, 16), "Ouverture de la prise de rendez-vous partagée", "planned"),
        ],
        "workstreams": [
            (
                "Référentiel ouvert des lieux de médiation",
                "AGATE – Agence alpine des territoires",
                "in_progress",
            ),
            (
                "Prise de rendez-vous partagée",
                "Service systèmes d'information de l'agglomération",
                "planned",
            ),
            (
                "Protocole d'urgence entre accueils",
                "Chef de projet inclusion numérique de l'agglomération",
                "in_progress",
            ),
        ],
        "needs": [
            (
                "project_engineering",
                "Encadrer le partage de données personnelles entre structures.",
            ),
            ("skills", "Former les agents d'accueil au repérage des situations d'urgence."),
        ],
    },
    {
        "code": "OUTILLER-04",
        "slug": "mediation-itinerante-seniors-sud-charente",
        "title": "Médiation numérique itinérante pour les seniors isolés du Sud Charente",
        "programme": "outiller-la-mediation-numerique",
        "wave": "Vague 1",
        "summary": (
            "Un kit de médiation itinérant (tablettes, connexion, supports en gros caractères) "
            "et des visites à domicile pour accompagner les seniors isolés des communes rurales "
            "du Sud Charente vers les usages essentiels du numérique."
        ),
        "context": (
            "Le Sud Charente est un territoire rural très investi dans l'inclusion numérique, "
            "mais ses lieux de médiation restent hors de portée des personnes âgées sans "
            "moyen de transport. Avec la communauté de communes, l'association veut consolider "
            "une offre itinérante dans les mairies, les clubs d'aînés et à domicile, en lien "
            "avec les services d'aide à domicile qui repèrent les personnes isolées."
        ),
        "lead": "espace-numerique-sud-charente",
        "partners": [
            (
                "cc-4b-sud-charente",
                "local_authority",
                "Mise à disposition des mairies et du véhicule",
            ),
            ("hubik", "expert", "Appui à la conception des supports et à l'évaluation"),
        ],
        "phase": "documentation",
        "maturity": "scaling",
        "accompaniment_mode": "individual",
        "themes": ["itinerancy"],
        "challenges": ["fragile_publics"],
        "device_kinds": ["tangible"],
        "publics": ["SeniorsPersonnesAgees", "PersonneSituationHandicapOuPerteAutonomie"],
        "territories": ["200070357", "16028"],
        "funding_requested": 150000,
        "funding_granted": 150000,
        "funder": "anct",
        "commits_to_document_and_evaluate": True,
        "objectives": [
            "Assurer une permanence itinérante mensuelle dans chacune des communes volontaires.",
            "Accompagner à domicile 150 seniors repérés par les services d'aide à domicile.",
            "Publier le kit itinérant sous licence libre pour d'autres territoires ruraux.",
        ],
        "milestones": [
            (date(2021, 9, 15), "Dépôt du dossier en consortium", "done"),
            (date(2021, 10, 6), "Annonce des lauréats de la vague 1", "done"),
            (date(2022, 1, 10), "Premières tournées dans les mairies", "done"),
            (date(2022, 9, 1), "Lancement des visites à domicile", "done"),
            (date(2023, 3, 31), "Publication du kit itinérant et du bilan d'évaluation", "planned"),
        ],
        "workstreams": [
            ("Tournées dans les communes", "Espace Numérique Sud Charente", "done"),
            (
                "Partenariat avec l'aide à domicile",
                "Communauté de communes des 4B Sud-Charente",
                "in_progress",
            ),
            ("Documentation du kit itinérant", "Médiateur numérique référent", "in_progress"),
        ],
        "needs": [
            ("mediation_design", "Concevoir des supports adaptés aux déficiences visuelles."),
            ("business_model", "Pérenniser le poste de médiateur itinérant après la subvention."),
        ],
    },
    {
        "code": "OUTILLER-05",
        "slug": "kit-mediation-plurilingue",
        "title": "Premiers pas numériques : un kit de médiation plurilingue pour les personnes exilées",
        "programme": "outiller-la-mediation-numerique",
        "wave": "Vague 4",
        "summary": (
            "Un kit de médiation imprimable et une application d'exercices hors ligne, en "
            "plusieurs langues et à base de pictogrammes, pour accompagner les personnes "
            "allophones et exilées vers l'autonomie numérique."
        ),
        "context": (
            "Les personnes exilées arrivées à Chambéry doivent très vite gérer leurs démarches "
            "en ligne sans maîtriser la langue ni, parfois, l'écrit. Les médiateurs manquent de "
            "supports adaptés. L'association, qui accompagne déjà ces publics, veut concevoir "
            "avec eux un kit de médiation ouvert, testé dans les quartiers prioritaires puis "
            "diffusé aux autres lieux de médiation."
        ),
        "lead": "quartiers-connectes",
        "partners": [
            ("les-cles-du-numerique", "operator", "Tests du kit lors des permanences"),
            (
                "ville-de-chambery",
                "local_authority",
                "Relais auprès du CCAS et des maisons de quartier",
            ),
        ],
        "phase": "laureate",
        "maturity": "new",
        "accompaniment_mode": "individual",
        "themes": ["social_inclusion"],
        "challenges": ["fragile_publics", "autonomy"],
        "device_kinds": ["tangible", "digital"],
        "publics": ["PersonneAllophoneOuRefugiesDemandeursAsile", "PersonneSituationIlletrisme"],
        "territories": ["73065"],
        "funding_requested": 60000,
        "funding_granted": 45000,
        "funder": "anct",
        "commits_to_document_and_evaluate": True,
        "objectives": [
            "Concevoir avec les personnes concernées un kit de médiation en cinq langues.",
            "Tester le kit auprès de 80 personnes dans trois lieux de médiation.",
            "Publier le kit et l'application sous licence libre, documentés et réutilisables.",
        ],
        "milestones": [
            (date(2022, 6, 14), "Dépôt du dossier en consortium", "done"),
            (date(2022, 7, 20), "Annonce des lauréats de la vague 4", "done"),
            (date(2022, 10, 15), "Diagnostic des besoins d'accompagnement avec l'ANCT", "planned"),
            (
                date(2023, 1, 30),
                "Ateliers de co-conception avec les personnes concernées",
                "planned",
            ),
            (date(2023, 6, 30), "Publication de la première version du kit", "planned"),
        ],
        "workstreams": [
            (
                "Co-conception des supports",
                "Animatrice interculturelle de l'association",
                "planned",
            ),
            (
                "Application d'exercices hors ligne",
                "Prestataire de développement à sélectionner",
                "planned",
            ),
        ],
        "needs": [
            ("mediation_design", "Méthodes de co-design avec des publics allophones."),
            ("project_engineering", "Choisir une licence libre et organiser les traductions."),
        ],
    },
    {
        "code": "OUTILLER-06",
        "slug": "observatoire-inclusion-numerique-isere",
        "title": "Observatoire départemental de l'inclusion numérique en Isère",
        "programme": "outiller-la-mediation-numerique",
        "wave": "Vague 5",
        "summary": (
            "Une base de données ouverte et une cartographie des besoins et des ressources "
            "d'inclusion numérique du département, alimentées par les acteurs de terrain, pour "
            "orienter les politiques publiques jusque dans les territoires de montagne."
        ),
        "context": (
            "Le Département finance de nombreuses actions de médiation mais ne dispose d'aucune "
            "vue d'ensemble : les lieux, les publics touchés et les zones blanches de "
            "l'accompagnement restent mal connus, en particulier dans les massifs. Le projet "
            "propose un observatoire partagé, croisant indicateurs statistiques et données "
            "déclarées par les structures, mis à jour chaque trimestre."
        ),
        "lead": "departement-isere",
        "partners": [
            (
                "tiers-lieux-vercors",
                "operator",
                "Collecte des données des lieux de médiation en montagne",
            ),
            ("agopop", "operator", "Territoire pilote du recueil des besoins"),
        ],
        "phase": "application",
        "maturity": "new",
        "accompaniment_mode": "individual",
        "themes": [],
        "challenges": ["know_territory_needs"],
        "device_kinds": ["digital"],
        "publics": ["TousPublics"],
        "territories": ["38", "38548"],
        "funding_requested": 280000,
        "funding_granted": None,
        "funder": "anct",
        "commits_to_document_and_evaluate": True,
        "objectives": [
            "Recenser tous les lieux et dispositifs d'inclusion numérique du département.",
            "Croiser l'offre avec les indicateurs de fragilité numérique à l'échelle communale.",
            "Publier les données en open data et une cartographie mise à jour chaque trimestre.",
        ],
        "milestones": [
            (
                date(2022, 3, 10),
                "Enquête auprès des structures de médiation du département",
                "done",
            ),
            (date(2022, 9, 14), "Dépôt du dossier en consortium", "done"),
            (date(2022, 10, 19), "Annonce des lauréats de la vague 5", "planned"),
            (date(2023, 3, 1), "Mise en ligne de la première cartographie", "planned"),
        ],
        "workstreams": [
            (
                "Modèle de données et référentiel des lieux",
                "Service données du Département",
                "in_progress",
            ),
            (
                "Collecte de terrain en zone de montagne",
                "Coopérative des tiers-lieux du Vercors",
                "planned",
            ),
        ],
        "needs": [
            (
                "project_engineering",
                "Gouvernance de la donnée entre Département et structures contributrices.",
            ),
        ],
    },
    {
        "code": "OUTILLER-07",
        "slug": "groupement-employeurs-mediation-vercors",
        "title": "Un groupement d'employeurs pour pérenniser la médiation numérique en Vercors",
        "programme": "outiller-la-mediation-numerique",
        "wave": "Vague 3",
        "summary": (
            "Mutualiser entre tiers-lieux, associations et communes du Vercors les postes de "
            "médiateurs numériques pour les pérenniser au-delà des financements d'amorçage, "
            "et documenter la méthode pour d'autres territoires de montagne."
        ),
        "context": (
            "Plusieurs structures du Vercors ont recruté des médiateurs numériques sur des "
            "financements temporaires. Aucune ne peut seule porter un poste à temps plein. La "
            "coopérative propose de créer un groupement d'employeurs qui partage les postes "
            "entre structures, mutualise la formation et sécurise les parcours professionnels."
        ),
        "lead": "tiers-lieux-vercors",
        "partners": [
            ("agopop", "co_lead", "Structure employeuse membre du groupement"),
            ("departement-isere", "local_authority", "Appui au financement des postes mutualisés"),
        ],
        "phase": "accompaniment",
        "maturity": "scaling",
        "accompaniment_mode": "individual",
        "themes": [],
        "challenges": ["sustain_schemes"],
        "device_kinds": ["engineering"],
        "publics": ["TousPublics"],
        "territories": ["38548", "38205"],
        "funding_requested": 45000,
        "funding_granted": 40000,
        "funder": "anct",
        "commits_to_document_and_evaluate": True,
        "objectives": [
            "Créer un groupement d'employeurs réunissant au moins cinq structures.",
            "Pérenniser trois postes de médiateurs numériques à temps plein.",
            "Publier un guide pour créer un groupement d'employeurs de la médiation numérique.",
        ],
        "milestones": [
            (date(2022, 3, 16), "Dépôt du dossier en consortium", "done"),
            (date(2022, 4, 20), "Annonce des lauréats de la vague 3", "done"),
            (date(2022, 9, 22), "Assemblée constitutive du groupement", "done"),
            (date(2023, 1, 2), "Premiers postes mutualisés", "planned"),
            (date(2023, 6, 30), "Publication du guide", "planned"),
        ],
        "workstreams": [
            (
                "Statuts et convention du groupement",
                "Coopérative des tiers-lieux du Vercors",
                "done",
            ),
            (
                "Plan de financement pluriannuel des postes",
                "Gérance de la coopérative",
                "in_progress",
            ),
            ("Guide de la méthode", "Chargé de mission coopération", "planned"),
        ],
        "needs": [
            (
                "human_resources",
                "Fonction employeur partagée : contrats, temps de travail, encadrement.",
            ),
            ("business_model", "Modèle de refacturation des postes entre structures."),
        ],
    },
    # ------------------------------------------------------------ Formation-action
    {
        "code": "FORMACTION-01",
        "slug": "feuille-de-route-4b-sud-charente",
        "title": "Feuille de route d'inclusion numérique des 4B Sud-Charente",
        "programme": "formation-action-feuille-de-route",
        "wave": "Appel 2023",
        "summary": (
            "La communauté de communes accueille la formation-action et sert de territoire "
            "« laboratoire » pour élaborer sa feuille de route d'inclusion numérique avec "
            "d'autres collectivités."
        ),
        "context": (
            "Territoire rural où la dématérialisation et l'arrivée de conseillers numériques "
            "ont multiplié les initiatives sans vision d'ensemble. Les élus souhaitent "
            "structurer une démarche intercommunale : partager un diagnostic, identifier les "
            "chantiers clés et organiser une gouvernance avec les acteurs locaux, dont l'espace "
            "numérique du territoire."
        ),
        "lead": "cc-4b-sud-charente",
        "partners": [
            (
                "espace-numerique-sud-charente",
                "operator",
                "Visite commentée et témoignage de terrain",
            ),
        ],
        "phase": "accompaniment",
        "maturity": "new",
        "accompaniment_mode": "collective",
        "themes": [],
        "challenges": ["know_territory_needs"],
        "device_kinds": ["engineering"],
        "publics": ["TousPublics"],
        "territories": ["200070357"],
        "funding_requested": None,
        "funding_granted": None,
        "funder": None,
        "commits_to_document_and_evaluate": True,
        "objectives": [
            "Partager un diagnostic des enjeux d'inclusion numérique avec les élus et les acteurs.",
            "Identifier les chantiers clés et l'écosystème de ressources du territoire.",
            "Adopter une gouvernance et une feuille de route en conseil communautaire.",
        ],
        "milestones": [
            (date(2023, 4, 5), "Envoi de la lettre d'intention", "done"),
            (date(2023, 5, 5), "Sélection comme territoire accueillant", "done"),
            (date(2023, 7, 6), "Formation-action : jours 1 et 2", "done"),
            (
                date(2023, 10, 12),
                "Présentation de la feuille de route en conseil communautaire",
                "planned",
            ),
        ],
        "workstreams": [
            (
                "Diagnostic territorial et données statistiques",
                "Technicienne référente de la communauté de communes",
                "done",
            ),
            (
                "Gouvernance locale de l'inclusion numérique",
                "Élu référent numérique",
                "in_progress",
            ),
        ],
        "needs": [
            (
                "project_engineering",
                "Mobiliser élus, techniciens et acteurs clés dans le groupe projet.",
            ),
        ],
    },
    {
        "code": "FORMACTION-02",
        "slug": "feuille-de-route-chambery",
        "title": "Chambéry, territoire accueillant : de l'incubateur à la feuille de route",
        "programme": "formation-action-feuille-de-route",
        "wave": "Appel 2023",
        "summary": (
            "Après l'incubateur Transistor, la Ville accueille la formation-action pour "
            "capitaliser sur les projets incubés et bâtir une feuille de route partagée "
            "centrée sur les quartiers prioritaires."
        ),
        "context": (
            "L'incubateur Transistor a fait émerger une dizaine de projets de médiation "
            "numérique dans les quartiers prioritaires, mais la Ville n'a pas de stratégie qui "
            "les relie. Elle propose d'être le laboratoire de la formation-action et d'y "
            "associer les associations lauréates et l'agglomération."
        ),
        "lead": "ville-de-chambery",
        "partners": [
            ("agate", "expert", "Capitalisation des enseignements de Transistor"),
            (
                "grand-chambery",
                "local_authority",
                "Articulation avec le plan des usages numériques",
            ),
        ],
        "phase": "laureate",
        "maturity": "scaling",
        "accompaniment_mode": "collective",
        "themes": ["social_inclusion"],
        "challenges": ["know_territory_needs", "sustain_schemes"],
        "device_kinds": ["engineering"],
        "publics": ["TousPublics"],
        "territories": ["73065"],
        "funding_requested": None,
        "funding_granted": None,
        "funder": None,
        "commits_to_document_and_evaluate": True,
        "objectives": [
            "Capitaliser les retours d'expérience des projets incubés par Transistor.",
            "Construire une feuille de route municipale articulée avec celle de l'agglomération.",
        ],
        "milestones": [
            (date(2023, 4, 6), "Envoi de la lettre d'intention", "done"),
            (date(2023, 5, 5), "Sélection comme territoire accueillant", "done"),
            (date(2023, 9, 14), "Formation-action : jours 1 et 2", "planned"),
            (date(2023, 12, 15), "Adoption de la feuille de route", "planned"),
        ],
        "workstreams": [
            (
                "Organisation logistique de la formation",
                "Direction de la cohésion sociale",
                "in_progress",
            ),
            ("Bilan des projets incubés", "AGATE – Agence alpine des territoires", "planned"),
        ],
        "needs": [
            ("project_engineering", "Articuler les compétences de la Ville et de l'agglomération."),
        ],
    },
    {
        "code": "FORMACTION-03",
        "slug": "formation-action-angoumois",
        "title": "Formation-action en Angoumois pour un groupe de communes urbaines",
        "programme": "formation-action-feuille-de-route",
        "wave": "Appel 2023",
        "summary": (
            "Le hub régional propose Angoulême comme territoire accueillant pour un groupe de "
            "communes urbaines comptant des quartiers prioritaires, intéressées par la méthode."
        ),
        "context": (
            "Lors du cycle de qualification régional, plusieurs communes urbaines de Charente "
            "ont exprimé le besoin de structurer leur action d'inclusion numérique dans leurs "
            "quartiers prioritaires. Le hub a identifié ces territoires et candidate pour "
            "organiser avec eux une session de formation-action."
        ),
        "lead": "hubik",
        "partners": [
            (
                "espace-numerique-sud-charente",
                "operator",
                "Témoignage sur la coopération territoriale en Charente",
            ),
        ],
        "phase": "application",
        "maturity": "new",
        "accompaniment_mode": "collective",
        "themes": [],
        "challenges": ["know_territory_needs"],
        "device_kinds": ["engineering"],
        "publics": ["TousPublics"],
        "territories": ["16015"],
        "funding_requested": None,
        "funding_granted": None,
        "funder": None,
        "commits_to_document_and_evaluate": True,
        "objectives": [
            "Réunir au moins quatre communes et leurs référents autour de la méthode.",
            "Produire une feuille de route fictive à partir du cas d'Angoulême.",
        ],
        "milestones": [
            (date(2023, 2, 20), "Recensement des communes intéressées", "done"),
            (date(2023, 4, 7), "Envoi de la lettre d'intention", "done"),
            (date(2023, 10, 5), "Formation-action : jours 1 et 2", "planned"),
        ],
        "workstreams": [
            (
                "Mobilisation des communes participantes",
                "Chargée de mission « Accompagnement et Conseil »",
                "in_progress",
            ),
            ("Recherche d'une salle pour 60 personnes", "Hubik", "planned"),
        ],
        "needs": [
            ("skills", "Acculturer les élus aux enjeux de l'inclusion numérique."),
        ],
    },
]
