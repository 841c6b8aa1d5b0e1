"""Demo content: resources and lessons learned published by the demo projects.

Every entry points to a project code of ``content.PROJECTS`` (never an
application-phase project) and uses the codes of ``commons.taxonomies`` and
``commons.licences``. Bodies are lists of (block type, value) tuples.
"""

RESOURCES = [
    # --- TRANSISTOR-01 : Cap Droits -------------------------------------------------
    {
        "project": "TRANSISTOR-01",
        "slug": "guide-permanences-acces-aux-droits",
        "title": "Organiser des permanences numériques d'accès aux droits en maison de quartier",
        "summary": (
            "Un guide pas à pas pour ouvrir une permanence d'accompagnement aux démarches "
            "en ligne (CAF, France Travail, impôts) qui rend les habitants autonomes au lieu "
            "de faire à leur place, avec un modèle de fiche de suivi."
        ),
        "types": ["methodological_guide", "document_template"],
        "themes": ["social_inclusion"],
        "publics": ["Adultes", "PersonnesTresEloigneesNumerique", "SeniorsPersonnesAgees"],
        "challenges": ["administrative_emergencies", "autonomy"],
        "licence": "etalab-2.0",
        "tags": ["accès aux droits", "démarches en ligne", "permanence"],
        "organisations": ["les-cles-du-numerique", "ville-de-chambery"],
        "body": [
            ("heading", "Pourquoi ce guide"),
            (
                "paragraph",
                "<p>Aux Hauts-de-Chambéry, les habitants venaient surtout pour qu'on fasse "
                "leurs démarches à leur place. En deux ans de permanences, nous avons construit "
                "une façon de faire qui règle l'urgence du jour <strong>et</strong> fait "
                "progresser la personne d'une visite à l'autre.</p>",
            ),
            (
                "steps",
                [
                    {
                        "title": "Choisir le lieu et le créneau",
                        "description": "Installez la permanence là où les habitants viennent déjà, sur un créneau fixe d'au moins deux heures par semaine.",
                    },
                    {
                        "title": "Accueillir et qualifier la demande",
                        "description": "Prenez cinq minutes pour distinguer l'urgence (droit suspendu, échéance) de la demande d'apprentissage.",
                    },
                    {
                        "title": "Faire avec, pas à la place",
                        "description": "La personne tient la souris ou le téléphone, le médiateur guide à voix haute et ne saisit que les mots de passe oubliés avec elle.",
                    },
                    {
                        "title": "Noter ce qui a été appris",
                        "description": "Remplissez la fiche de suivi avec la personne pour qu'elle sache quoi refaire seule la prochaine fois.",
                    },
                ],
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Ne conservez jamais les identifiants des personnes, même à leur demande. Proposez plutôt un carnet de mots de passe papier qu'elles gardent chez elles.</p>",
                },
            ),
            (
                "quote",
                {
                    "quote": "La troisième fois, elle a fait sa déclaration trimestrielle seule ; je suis juste restée à côté.",
                    "attribution": "Une médiatrice numérique de la permanence",
                },
            ),
            (
                "link",
                {
                    "url": "https://www.service-public.fr/",
                    "title": "Service-Public.fr : fiches pratiques sur les démarches",
                },
            ),
        ],
        "file": {
            "filename": "fiche-suivi-permanence.csv",
            "title": "Modèle de fiche de suivi d'accompagnement",
            "content": (
                "date;lieu;motif;organisme;urgence;ce_que_la_personne_a_fait_seule;a_revoir;orientation\n"
                "2024-03-05;Maison de quartier Le Biollay;actualisation mensuelle;France Travail;non;connexion à l'espace personnel;pièce jointe;\n"
                "2024-03-05;Maison de quartier Le Biollay;déclaration trimestrielle RSA;CAF;oui;saisie des ressources;création d'un mot de passe;\n"
                "2024-03-12;Maison de quartier Les Combes;avis d'imposition;impots.gouv.fr;non;téléchargement du PDF;;\n"
                "2024-03-12;Maison de quartier Les Combes;prime d'activité;CAF;oui;;simulation en ligne;CCAS\n"
                "2024-03-19;Maison de quartier Le Biollay;attestation de droits;Ameli;non;connexion France Connect;;\n"
                "2024-03-19;Maison de quartier Le Biollay;changement d'adresse;CAF;non;déclaration du changement;;\n"
                "2024-03-26;Maison de quartier Les Combes;dossier de logement social;bailleur;oui;scan des justificatifs;envoi par courriel;bailleur\n"
                "2024-03-26;Maison de quartier Les Combes;rendez-vous préfecture;ANTS;oui;;prise de rendez-vous;SOS Démarches\n"
                "2024-04-02;Maison de quartier Le Biollay;actualisation mensuelle;France Travail;non;actualisation complète;;\n"
            ),
        },
        "update": {
            "change_summary": "Ajout d'un conseil sur l'accueil des personnes accompagnées d'un proche",
            "paragraph": "<p>Quand une personne vient avec un proche, demandez-lui qui doit apprendre la démarche : c'est souvent l'aidant qu'il faut accompagner vers l'autonomie.</p>",
        },
    },
    {
        "project": "TRANSISTOR-01",
        "slug": "grille-autoevaluation-autonomie-demarches",
        "title": "Grille d'auto-évaluation de l'autonomie dans les démarches en ligne",
        "summary": (
            "Un questionnaire de douze questions, à remplir avec la personne au premier et au "
            "cinquième rendez-vous, pour mesurer ses progrès dans les démarches administratives "
            "en ligne sans vocabulaire technique."
        ),
        "types": ["questionnaire"],
        "themes": ["social_inclusion"],
        "publics": ["Adultes", "PersonnesTresEloigneesNumerique"],
        "challenges": ["autonomy"],
        "licence": "cc-by-sa-4.0",
        "tags": ["évaluation", "autonomie", "démarches en ligne"],
        "organisations": ["les-cles-du-numerique"],
        "body": [
            ("heading", "Mesurer l'autonomie, pas les compétences"),
            (
                "paragraph",
                "<p>La grille ne teste pas la personne : elle lui demande ce qu'elle se sent "
                "capable de faire seule. Les questions partent de situations concrètes "
                "(« je reçois un courriel de la CAF ») plutôt que de notions informatiques.</p>",
            ),
            (
                "steps",
                [
                    {
                        "title": "Lire chaque question à voix haute",
                        "description": "Le médiateur lit la question et la reformule si besoin, la personne répond oralement.",
                    },
                    {
                        "title": "Coter de 0 à 2",
                        "description": "0 signifie « je ne sais pas faire », 1 « avec de l'aide », 2 « seul·e ».",
                    },
                    {
                        "title": "Refaire la grille au cinquième rendez-vous",
                        "description": "Comparez les deux passages avec la personne pour lui montrer le chemin parcouru.",
                    },
                ],
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Pour les personnes en situation d'illettrisme, imprimez la version à pictogrammes et laissez-les pointer la réponse.</p>",
                },
            ),
            (
                "paragraph",
                "<p>Sur 64 personnes suivies en 2024, le score moyen est passé de 7 à 15 sur 24. "
                "Les questions sur la gestion des mots de passe progressent le moins vite.</p>",
            ),
        ],
        "file": {
            "filename": "grille-autonomie-demarches.txt",
            "title": "Grille d'auto-évaluation (version texte)",
            "content": (
                "GRILLE D'AUTO-ÉVALUATION – DÉMARCHES EN LIGNE\n"
                "Cotation : 0 = je ne sais pas faire / 1 = avec de l'aide / 2 = seul·e\n"
                "\n"
                "1. J'allume mon téléphone ou l'ordinateur et je trouve internet.\n"
                "2. Je retrouve mon adresse de courriel et son mot de passe.\n"
                "3. J'ouvre un courriel d'un organisme (CAF, impôts...).\n"
                "4. Je me connecte à mon espace personnel sur un site administratif.\n"
                "5. J'utilise FranceConnect pour me connecter.\n"
                "6. Je trouve un document (attestation, avis) et je l'enregistre.\n"
                "7. Je prends en photo ou je scanne un justificatif.\n"
                "8. J'envoie un justificatif sur un site ou par courriel.\n"
                "9. Je remplis un formulaire en ligne jusqu'au bout.\n"
                "10. Je reconnais un message frauduleux (faux site, faux SMS).\n"
                "11. Je note mes mots de passe dans un endroit sûr.\n"
                "12. Je sais où aller si je suis bloqué·e.\n"
                "\n"
                "Score total : ..... / 24   Date : ..........   Rendez-vous n° .....\n"
            ),
        },
        "update": {
            "change_summary": "Ajout d'une question sur les messages frauduleux",
            "paragraph": "<p>La question 10 a été ajoutée après plusieurs cas d'hameçonnage par faux SMS de l'Assurance maladie signalés pendant les permanences.</p>",
        },
    },
    # --- TRANSISTOR-02 : Répar'Num ---------------------------------------------------
    {
        "project": "TRANSISTOR-02",
        "slug": "atelier-reparer-son-smartphone",
        "title": "Atelier « Je répare mon smartphone » : déroulé et supports d'animation",
        "summary": (
            "Le déroulé complet d'un atelier de deux heures pour diagnostiquer, nettoyer et "
            "prolonger la vie d'un smartphone, avec une affiche des six gestes de sobriété "
            "numérique à imprimer pour la salle."
        ),
        "types": ["training_material", "infographic"],
        "themes": ["ecological_transition"],
        "publics": ["Adultes", "Parents", "TousPublics"],
        "challenges": ["autonomy"],
        "licence": "all-rights-reserved",
        "tags": ["réemploi", "réparation", "sobriété numérique"],
        "organisations": ["quartiers-connectes", "les-cles-du-numerique"],
        "body": [
            ("heading", "Un atelier pour garder son téléphone plus longtemps"),
            (
                "paragraph",
                "<p>Chaque mois, une dizaine d'habitants viennent avec leur téléphone lent, "
                "plein ou abîmé. L'atelier montre que la plupart des pannes se règlent sans "
                "achat : faire de la place, changer une batterie, protéger l'écran.</p>",
            ),
            (
                "steps",
                [
                    {
                        "title": "Diagnostic express (20 min)",
                        "description": "Chaque participant vérifie l'état de la batterie, le stockage libre et la version du système avec une fiche guidée.",
                    },
                    {
                        "title": "Faire de la place (40 min)",
                        "description": "On trie ensemble photos, applications et conversations en montrant la sauvegarde avant suppression.",
                    },
                    {
                        "title": "Petites réparations (40 min)",
                        "description": "Les bénévoles montrent le nettoyage du port de charge et, si la pièce est disponible, le changement de batterie.",
                    },
                    {
                        "title": "Les six gestes (20 min)",
                        "description": "On commente l'affiche de sobriété numérique et chacun choisit un geste à tester dans le mois.",
                    },
                ],
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "text": "<p>Les illustrations de l'affiche ont été réalisées par une illustratrice sous contrat : elles ne peuvent pas être modifiées ni réutilisées hors de l'atelier. Le déroulé peut être librement adapté.</p>",
                },
            ),
            (
                "quote",
                {
                    "quote": "Je pensais qu'il fallait le changer ; il avait juste 3 000 photos en double.",
                    "attribution": "Un participant de l'atelier",
                },
            ),
        ],
        "file": {
            "filename": "materiel-atelier-reparation.csv",
            "title": "Liste du matériel pour un atelier de 10 personnes",
            "content": (
                "materiel;quantite;cout_indicatif_euros;commentaire\n"
                "Kit de tournevis de précision;3;15;embouts pentalobe et Torx inclus\n"
                "Spatules et médiators d'ouverture;10;8;consommable\n"
                "Ventouse d'écran;3;6;\n"
                "Pistolet à air chaud ou sèche-cheveux;1;25;pour décoller les batteries\n"
                "Brosses antistatiques;5;10;nettoyage des ports de charge\n"
                "Alcool isopropylique 99 %;1;9;\n"
                "Tapis antistatique;2;20;\n"
                "Testeur USB de charge;2;12;mesure du courant\n"
                "Batteries de remplacement;selon demande;20 à 35;commandées après diagnostic\n"
                "Câbles et chargeurs de prêt;5;0;issus de dons\n"
                "Affiches des six gestes (A2);2;6;impression locale\n"
            ),
        },
        "update": {
            "change_summary": "Ajout d'un conseil sur la sauvegarde avant réparation",
            "paragraph": "<p>Avant toute ouverture d'un téléphone, faites vérifier par le participant que ses photos et contacts sont sauvegardés : c'est la première inquiétude exprimée.</p>",
        },
    },
    {
        "project": "TRANSISTOR-02",
        "slug": "tutoriel-video-changer-batterie",
        "title": "Tutoriel vidéo : changer la batterie d'un smartphone en toute sécurité",
        "summary": (
            "Une vidéo de huit minutes tournée pendant un atelier Répar'Num, qui montre étape "
            "par étape le remplacement d'une batterie et les précautions à prendre, avec "
            "transcription intégrale."
        ),
        "types": ["video"],
        "themes": ["ecological_transition"],
        "publics": ["Adultes", "TousPublics"],
        "challenges": [],
        "licence": "cc-by-4.0",
        "tags": ["réparation", "batterie", "tutoriel"],
        "organisations": ["quartiers-connectes"],
        "body": [
            ("heading", "Voir le geste avant de le faire"),
            (
                "paragraph",
                "<p>Les participants hésitaient à ouvrir leur téléphone. Cette vidéo, filmée "
                "par-dessus l'épaule d'un bénévole, leur permet de revoir chaque étape chez "
                "eux avant de venir à l'atelier suivant.</p>",
            ),
            (
                "video",
                {
                    "url": "https://videos.example.org/reparnum/changer-batterie-smartphone",
                    "title": "Changer la batterie d'un smartphone",
                    "transcript": "On commence par éteindre le téléphone et retirer la carte SIM. On chauffe doucement le dos pendant une minute pour ramollir la colle, puis on glisse un médiator sans forcer. Avant de toucher la batterie, on débranche toujours sa nappe pour éviter tout court-circuit.",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Une batterie gonflée ou percée ne doit jamais être manipulée à l'atelier : déposez-la en point de collecte et orientez la personne vers un réparateur labellisé.</p>",
                },
            ),
            (
                "link",
                {
                    "url": "https://www.longuevieauxobjets.gouv.fr/",
                    "title": "Longue vie aux objets : trouver un réparateur près de chez soi",
                },
            ),
        ],
        "file": None,
        "update": {
            "change_summary": "Ajout des sous-titres et d'un chapitrage",
            "paragraph": "<p>La vidéo est désormais sous-titrée et découpée en cinq chapitres pour retrouver rapidement une étape pendant la réparation.</p>",
        },
    },
    # --- TRANSISTOR-03 : Quartiers en voix -------------------------------------------
    {
        "project": "TRANSISTOR-03",
        "slug": "kit-atelier-budget-participatif",
        "title": "Kit d'animation : déposer et voter un projet au budget participatif",
        "summary": (
            "Un kit de médiation pour animer en maison de quartier un atelier où les habitants "
            "transforment une idée en projet, le déposent sur la plateforme en ligne du budget "
            "participatif puis apprennent à voter."
        ),
        "types": ["mediation_kit"],
        "themes": ["participatory_democracy"],
        "publics": ["Adultes", "PersonnesTresEloigneesNumerique", "PersonneSituationIlletrisme"],
        "challenges": ["autonomy"],
        "licence": "cc-by-sa-4.0",
        "tags": ["budget participatif", "citoyenneté", "atelier"],
        "organisations": ["ville-de-chambery", "quartiers-connectes"],
        "body": [
            ("heading", "Contenu du kit"),
            (
                "paragraph",
                "<p>Le kit contient des cartes « idée », un gabarit papier qui reprend exactement "
                "les champs du formulaire en ligne, des captures d'écran annotées et un mémo de "
                "vote. On écrit d'abord sur papier, à plusieurs, avant de passer à l'écran.</p>",
            ),
            (
                "steps",
                [
                    {
                        "title": "Faire émerger les idées",
                        "description": "Les participants tirent des cartes « lieu » et « besoin » et formulent une idée en une phrase.",
                    },
                    {
                        "title": "Remplir le gabarit papier",
                        "description": "Le groupe complète titre, description, lieu et estimation de coût sur le gabarit qui imite le formulaire.",
                    },
                    {
                        "title": "Déposer en ligne en binôme",
                        "description": "Un habitant saisit, l'autre lit le gabarit ; le médiateur n'intervient qu'en cas de blocage.",
                    },
                    {
                        "title": "S'entraîner à voter",
                        "description": "Sur la plateforme de démonstration, chacun crée son compte et vote pour trois projets fictifs.",
                    },
                ],
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Prévoyez l'atelier trois semaines avant la clôture des dépôts : les habitants ont besoin d'en parler autour d'eux avant de finaliser leur projet.</p>",
                },
            ),
            (
                "quote",
                {
                    "quote": "Écrire à plusieurs sur la grande feuille, ça a décoincé tout le monde.",
                    "attribution": "Une animatrice de maison de quartier",
                },
            ),
        ],
        "file": {
            "filename": "gabarit-depot-projet.txt",
            "title": "Gabarit papier du formulaire de dépôt",
            "content": (
                "BUDGET PARTICIPATIF – MON PROJET\n"
                "\n"
                "Titre du projet (10 mots maximum) :\n"
                "..................................................\n"
                "\n"
                "Quel problème voulez-vous régler ?\n"
                "..................................................\n"
                "\n"
                "Que proposez-vous de faire ?\n"
                "..................................................\n"
                "\n"
                "Où ? (rue, square, école...) :\n"
                "..................................................\n"
                "\n"
                "Qui en profitera ?\n"
                "..................................................\n"
                "\n"
                "Coût estimé (l'animateur vous aide) : ........ €\n"
                "Porteur·se du projet : prénom + quartier seulement\n"
            ),
        },
        "update": {
            "change_summary": "Ajout d'une variante pour les conseils citoyens",
            "paragraph": "<p>Une variante de l'atelier en une heure a été testée avec les conseils citoyens : on saute l'émergence d'idées et on part directement des projets déjà discutés.</p>",
        },
    },
    # --- TRANSISTOR-04 : Triporteur numérique ----------------------------------------
    {
        "project": "TRANSISTOR-04",
        "slug": "fiche-preparer-tournee-triporteur",
        "title": "Fiche outil : préparer une tournée de médiation numérique en triporteur",
        "summary": (
            "Une fiche pratique pour choisir les points d'arrêt, préparer le matériel et "
            "organiser une demi-journée de médiation mobile sur les marchés et en pied "
            "d'immeuble, avec une check-list de départ."
        ),
        "types": ["toolsheet"],
        "themes": ["itinerancy"],
        "publics": ["PersonnesTresEloigneesNumerique", "SeniorsPersonnesAgees", "TousPublics"],
        "challenges": ["fragile_publics"],
        "licence": "etalab-2.0",
        "tags": ["aller-vers", "médiation mobile", "quartiers prioritaires"],
        "organisations": ["les-cles-du-numerique", "grand-chambery"],
        "body": [
            ("heading", "Aller vers ceux qui ne viennent pas"),
            (
                "paragraph",
                "<p>Le triporteur ne remplace pas les permanences : il sert à rencontrer les "
                "habitants qui ne les connaissent pas et à les y orienter. Une tournée réussie "
                "se prépare surtout en amont, avec les partenaires du quartier.</p>",
            ),
            (
                "steps",
                [
                    {
                        "title": "Repérer les points d'arrêt",
                        "description": "Choisissez des lieux de passage à heure fixe (marché, sortie d'école) validés avec le bailleur et la mairie de quartier.",
                    },
                    {
                        "title": "Prévenir les relais",
                        "description": "Informez gardiens, animateurs et écoles une semaine avant pour qu'ils en parlent aux habitants.",
                    },
                    {
                        "title": "Charger et vérifier",
                        "description": "Suivez la check-list : batteries, routeur 4G, imprimante, flyers des permanences et fiches d'orientation.",
                    },
                    {
                        "title": "Noter chaque contact",
                        "description": "Un tableau anonyme suffit : motif, orientation proposée et besoin d'un second rendez-vous.",
                    },
                ],
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Par temps de pluie ou sous 5 °C, les tablettes et les habitants restent à l'abri : prévoyez un lieu de repli (hall, local associatif) pour chaque arrêt.</p>",
                },
            ),
        ],
        "file": {
            "filename": "checklist-depart-triporteur.txt",
            "title": "Check-list de départ",
            "content": (
                "CHECK-LIST DÉPART TRIPORTEUR\n"
                "[ ] Batterie d'assistance électrique chargée\n"
                "[ ] 3 tablettes chargées, session invité activée\n"
                "[ ] Routeur 4G chargé + batterie externe\n"
                "[ ] Imprimante portable + 20 feuilles\n"
                "[ ] Parasol et 2 tabourets pliants\n"
                "[ ] Flyers des permanences (50)\n"
                "[ ] Fiches d'orientation vierges (20)\n"
                "[ ] Tableau de suivi des contacts\n"
                "[ ] Gel hydroalcoolique et lingettes écran\n"
                "[ ] Numéro du lieu de repli en cas de pluie\n"
                "[ ] Gilet identifiant la structure\n"
            ),
        },
        "update": {
            "change_summary": "Ajout d'un conseil sur les horaires des marchés",
            "paragraph": "<p>Sur les marchés, installez-vous en fin de matinée : les habitants ont fini leurs courses et prennent davantage le temps de s'arrêter.</p>",
        },
    },
    # --- TRANSISTOR-05 : Parents connectés -------------------------------------------
    {
        "project": "TRANSISTOR-05",
        "slug": "cycle-ateliers-parents-ent",
        "title": "Cycle de quatre ateliers pour suivre la scolarité de son enfant en ligne",
        "summary": (
            "Un support pédagogique pour animer quatre ateliers avec des parents : espace "
            "numérique de travail, messagerie de l'école, inscriptions en ligne et bourses, "
            "avec des fiches mémo traduisibles."
        ),
        "types": ["training_material"],
        "themes": ["social_inclusion"],
        "publics": ["Parents", "PersonneAllophoneOuRefugiesDemandeursAsile"],
        "challenges": ["autonomy"],
        "licence": "cc-by-sa-4.0",
        "tags": ["parentalité", "école", "ent"],
        "organisations": ["quartiers-connectes", "ville-de-chambery"],
        "body": [
            ("heading", "Un cycle calé sur le calendrier scolaire"),
            (
                "paragraph",
                "<p>Les ateliers suivent l'année : ENT à la rentrée, messagerie à la Toussaint, "
                "bourses en janvier, inscriptions au printemps. Les parents viennent avec leur "
                "propre téléphone et leurs identifiants, remis par l'école avant l'atelier.</p>",
            ),
            (
                "steps",
                [
                    {
                        "title": "Atelier 1 – Se connecter à l'ENT",
                        "description": "Activer son compte parent, retrouver l'emploi du temps et le cahier de textes.",
                    },
                    {
                        "title": "Atelier 2 – Échanger avec l'école",
                        "description": "Lire et envoyer un message à l'enseignant, justifier une absence.",
                    },
                    {
                        "title": "Atelier 3 – Demander une bourse",
                        "description": "Simuler puis déposer une demande de bourse de collège avec les justificatifs.",
                    },
                    {
                        "title": "Atelier 4 – Inscrire son enfant",
                        "description": "Réaliser une inscription en ligne à la cantine ou au périscolaire.",
                    },
                ],
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Demandez à l'école de réinitialiser les identifiants des parents inscrits la semaine précédente : un tiers des comptes était bloqué au premier atelier.</p>",
                },
            ),
            (
                "quote",
                {
                    "quote": "Maintenant je vois les notes avant mon fils.",
                    "attribution": "Une mère de famille participante",
                },
            ),
            (
                "link",
                {
                    "url": "https://www.education.gouv.fr/",
                    "title": "Ministère de l'Éducation nationale : informations aux familles",
                },
            ),
        ],
        "file": {
            "filename": "memo-ent-parents.txt",
            "title": "Fiche mémo parent – se connecter à l'ENT",
            "content": (
                "MÉMO PARENT – ESPACE NUMÉRIQUE DE TRAVAIL (ENT)\n"
                "\n"
                "Mon identifiant : ..............................\n"
                "(mon mot de passe, je le garde dans un endroit sûr, pas sur cette feuille)\n"
                "\n"
                "1. J'ouvre l'application ou le site de l'ENT donné par l'école.\n"
                "2. Je choisis « Parent ou responsable légal ».\n"
                "3. J'entre mon identifiant et mon mot de passe.\n"
                "4. Je clique sur le prénom de mon enfant.\n"
                "5. Cahier de textes = les devoirs. Vie scolaire = absences et retards.\n"
                "6. L'enveloppe = les messages des professeurs.\n"
                "\n"
                "Mot de passe oublié ? Je clique sur « Mot de passe oublié » ou je demande\n"
                "au secrétariat de l'école.\n"
            ),
        },
        "update": {
            "change_summary": "Ajout d'un conseil sur la traduction des mémos",
            "paragraph": "<p>Les fiches mémo existent désormais en arabe, turc et tigrinya, traduites par des parents relais et relues par l'association.</p>",
        },
    },
    # --- OUTILLER-01 : Outiller les collectivités ------------------------------------
    {
        "project": "OUTILLER-01",
        "slug": "guide-feuille-de-route-inclusion-numerique-epci",
        "title": "Construire la feuille de route d'inclusion numérique de son intercommunalité",
        "summary": (
            "Un guide méthodologique en cinq étapes, testé avec deux EPCI néo-aquitains, pour "
            "passer du diagnostic partagé à un plan d'action chiffré et piloté, avec une trame "
            "de feuille de route à compléter."
        ),
        "types": ["methodological_guide", "roadmap"],
        "themes": ["social_inclusion"],
        "publics": ["TousPublics"],
        "challenges": ["know_territory_needs", "sustain_schemes"],
        "licence": "etalab-2.0",
        "tags": ["feuille de route", "epci", "stratégie territoriale"],
        "organisations": ["hubik", "pqna", "cc-4b-sud-charente"],
        "body": [
            ("heading", "À qui s'adresse ce guide"),
            (
                "paragraph",
                "<p>Élus et agents des intercommunalités qui veulent structurer leur action en "
                "inclusion numérique sans bureau d'études. Le guide suppose une personne "
                "référente disposant d'environ deux jours par mois pendant un an.</p>",
            ),
            (
                "steps",
                [
                    {
                        "title": "Mobiliser",
                        "description": "Constituer un comité de pilotage associant élus, CCAS, France Services et associations.",
                    },
                    {
                        "title": "Diagnostiquer",
                        "description": "Croiser données publiques, cartographie des lieux et entretiens avec les acteurs de terrain.",
                    },
                    {
                        "title": "Prioriser",
                        "description": "Retenir trois à cinq enjeux lors d'un atelier partagé à partir du diagnostic.",
                    },
                    {
                        "title": "Planifier",
                        "description": "Traduire chaque enjeu en actions avec porteur, budget, calendrier et indicateur.",
                    },
                    {
                        "title": "Piloter",
                        "description": "Réunir le comité deux fois par an et publier un bilan court aux partenaires.",
                    },
                ],
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "text": "<p>La trame jointe reprend la structure attendue par les appels à projets régionaux : elle peut servir directement de pièce de candidature.</p>",
                },
            ),
            (
                "link",
                {
                    "url": "https://labase.anct.gouv.fr/",
                    "title": "La Base du numérique d'intérêt général",
                },
            ),
        ],
        "file": {
            "filename": "trame-feuille-de-route.txt",
            "title": "Trame de feuille de route à compléter",
            "content": (
                "FEUILLE DE ROUTE D'INCLUSION NUMÉRIQUE – TRAME\n"
                "\n"
                "1. Contexte du territoire (1 page)\n"
                "   - population, part des 65 ans et plus, couverture réseau\n"
                "2. Synthèse du diagnostic\n"
                "   - lieux de médiation, publics accompagnés, zones non couvertes\n"
                "3. Enjeux prioritaires (3 à 5)\n"
                "4. Plan d'action\n"
                "   | Action | Porteur | Partenaires | Budget | Calendrier | Indicateur |\n"
                "5. Gouvernance\n"
                "   - composition du comité de pilotage, fréquence des réunions\n"
                "6. Financements mobilisés et recherchés\n"
                "7. Modalités d'évaluation et de mise à jour\n"
            ),
        },
        "update": {
            "change_summary": "Ajout d'un conseil sur l'implication des élus",
            "paragraph": "<p>Faites présenter le diagnostic en conseil communautaire par un élu plutôt que par l'agent : l'adoption de la feuille de route en a été nettement facilitée.</p>",
        },
    },
    {
        "project": "OUTILLER-01",
        "slug": "webinaire-diagnostic-territorial-inclusion",
        "title": "Webinaire : réaliser le diagnostic territorial d'inclusion numérique",
        "summary": (
            "Le replay d'un webinaire d'une heure destiné aux agents d'EPCI : quelles données "
            "mobiliser, comment cartographier les lieux de médiation et conduire les entretiens "
            "de terrain, avec retours de deux collectivités."
        ),
        "types": ["video"],
        "themes": ["social_inclusion"],
        "publics": [],
        "challenges": ["know_territory_needs"],
        "licence": "cc-by-4.0",
        "tags": ["diagnostic", "webinaire", "collectivités"],
        "organisations": ["hubik", "pqna"],
        "body": [
            ("heading", "Le diagnostic en une heure"),
            (
                "paragraph",
                "<p>Ce webinaire fait partie du cycle d'essaimage du guide. Il s'adresse aux "
                "agents qui démarrent un diagnostic et se demandent par où commencer : il "
                "présente les sources de données ouvertes et une méthode d'entretien courte.</p>",
            ),
            (
                "video",
                {
                    "url": "https://videos.example.org/hubik/webinaire-diagnostic-territorial",
                    "title": "Réaliser le diagnostic territorial d'inclusion numérique",
                    "transcript": "Nous commençons par les données disponibles sans enquête : l'indice de fragilité numérique, la couverture mobile et la liste des lieux de médiation. Deux chargées de mission d'EPCI expliquent ensuite comment elles ont mené une quinzaine d'entretiens en six semaines. La dernière partie répond aux questions sur l'implication des mairies.",
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Regardez le webinaire en équipe avec le guide ouvert à l'étape « Diagnostiquer » : chaque séquence y renvoie.</p>",
                },
            ),
            (
                "link",
                {
                    "url": "https://cartographie.societenumerique.gouv.fr/",
                    "title": "Cartographie nationale des lieux d'inclusion numérique",
                },
            ),
        ],
        "file": {
            "filename": "chapitres-webinaire-diagnostic.txt",
            "title": "Chapitrage et ressources citées",
            "content": (
                "00:00 Introduction et objectifs du diagnostic\n"
                "05:30 Les données publiques disponibles\n"
                "14:10 Cartographier les lieux de médiation\n"
                "22:45 Conduire des entretiens courts avec les acteurs\n"
                "33:00 Témoignage : une communauté de communes rurale\n"
                "41:20 Témoignage : une agglomération moyenne\n"
                "49:00 Questions des participants\n"
                "58:30 Conclusion et prochaines étapes\n"
                "\n"
                "Ressources citées :\n"
                "- Guide « Construire la feuille de route d'inclusion numérique »\n"
                "- Cartographie nationale des lieux d'inclusion numérique\n"
                "- Grille d'entretien acteurs (annexe 2 du guide)\n"
            ),
        },
        "update": {
            "change_summary": "Ajout du chapitrage de la vidéo",
            "paragraph": "<p>Le chapitrage permet désormais d'accéder directement aux deux témoignages de collectivités, les séquences les plus consultées.</p>",
        },
    },
    # --- OUTILLER-02 : Maison du numérique et des médias du Vercors -------------------
    {
        "project": "OUTILLER-02",
        "slug": "questionnaire-usages-numeriques-vercors",
        "title": "Questionnaire habitants : usages et besoins numériques en territoire de montagne",
        "summary": (
            "Le questionnaire utilisé pour le diagnostic de la maison du numérique itinérante : "
            "vingt questions sur l'équipement, la connexion, les usages et les envies de "
            "participer, à passer en face-à-face dans les tiers-lieux."
        ),
        "types": ["questionnaire"],
        "themes": ["itinerancy", "participatory_democracy"],
        "publics": ["TousPublics", "Parents"],
        "challenges": ["know_territory_needs"],
        "licence": "cc-by-sa-4.0",
        "tags": ["diagnostic", "montagne", "tiers-lieux"],
        "organisations": ["agopop", "tiers-lieux-vercors"],
        "body": [
            ("heading", "Un questionnaire qui ouvre la discussion"),
            (
                "paragraph",
                "<p>Plutôt qu'une enquête en ligne, qui n'aurait touché que les habitants déjà "
                "connectés, le questionnaire est passé de vive voix sur les marchés et dans les "
                "tiers-lieux. Sa dernière partie invite à rejoindre la gouvernance du projet.</p>",
            ),
            (
                "steps",
                [
                    {
                        "title": "Former les enquêteurs",
                        "description": "Une demi-journée suffit aux bénévoles pour s'approprier les questions et les consignes de neutralité.",
                    },
                    {
                        "title": "Passer le questionnaire",
                        "description": "Comptez dix minutes par personne et notez les réponses sur papier ou tablette.",
                    },
                    {
                        "title": "Restituer aux habitants",
                        "description": "Présentez les résultats lors d'une soirée publique dans un tiers-lieu avant toute décision.",
                    },
                ],
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "text": "<p>Les réponses sont anonymes ; seules les personnes qui le souhaitent laissent un contact pour la suite du projet, sur une feuille séparée.</p>",
                },
            ),
        ],
        "file": {
            "filename": "questionnaire-usages-vercors.csv",
            "title": "Questions et modalités de réponse",
            "content": (
                "num;question;type_reponse;modalites\n"
                "1;Dans quelle commune habitez-vous ?;liste;communes du Vercors\n"
                "2;Quelle est votre tranche d'âge ?;choix unique;-18|18-29|30-59|60-74|75+\n"
                "3;Quels équipements avez-vous chez vous ?;choix multiple;smartphone|ordinateur|tablette|aucun\n"
                "4;Comment est votre connexion à domicile ?;échelle;1 (aucune) à 4 (très bonne)\n"
                "5;Captez-vous le réseau mobile chez vous ?;choix unique;oui|parfois|non\n"
                "6;Quelles démarches faites-vous en ligne ?;choix multiple;santé|impôts|CAF|banque|école|aucune\n"
                "7;Avez-vous déjà renoncé à une démarche en ligne ?;choix unique;oui|non\n"
                "8;À qui demandez-vous de l'aide ?;choix multiple;famille|voisin|mairie|association|personne\n"
                "9;Vous informez-vous sur internet ?;échelle;jamais à tous les jours\n"
                "10;Savez-vous repérer une fausse information ?;échelle;1 à 4\n"
                "11;Qu'aimeriez-vous apprendre ?;question ouverte;\n"
                "12;Où aimeriez-vous trouver de l'aide ?;choix multiple;tiers-lieu|mairie|à domicile|bus itinérant\n"
                "13;Souhaitez-vous participer au projet ?;choix unique;oui|peut-être|non\n"
            ),
        },
        "update": {
            "change_summary": "Ajout d'une question sur la réception du réseau mobile",
            "paragraph": "<p>La question 5 a été ajoutée après les premiers entretiens : dans plusieurs hameaux, l'absence de réseau mobile empêche la double authentification bancaire.</p>",
        },
    },
    # --- OUTILLER-03 : SOS Démarches -------------------------------------------------
    {
        "project": "OUTILLER-03",
        "slug": "sos-demarches-outil-orientation",
        "title": "SOS Démarches : outil libre d'orientation et de prise de rendez-vous entre lieux de médiation",
        "summary": (
            "Une application web libre qui permet à un lieu de médiation de signaler une urgence "
            "administrative, de trouver un créneau disponible chez un partenaire et de suivre "
            "la situation jusqu'à sa résolution en moins de 48 heures."
        ),
        "types": ["software"],
        "themes": ["social_inclusion"],
        "publics": ["PersonnesTresEloigneesNumerique", "Adultes"],
        "challenges": ["administrative_emergencies"],
        "licence": "agpl-3.0",
        "tags": ["urgence administrative", "orientation", "logiciel libre"],
        "organisations": ["grand-chambery", "les-cles-du-numerique", "agate"],
        "body": [
            ("heading", "Ce que fait l'outil"),
            (
                "paragraph",
                "<p>Chaque lieu partenaire publie ses créneaux d'urgence. Le médiateur qui reçoit "
                "une personne en rupture de droits saisit une fiche minimale, sans donnée "
                "nominative, et réserve le créneau le plus proche ; le lieu d'accueil est "
                "prévenu par courriel.</p>",
            ),
            (
                "steps",
                [
                    {
                        "title": "Installer",
                        "description": "L'application s'installe sur un serveur Linux avec Docker ; une instance mutualisée suffit pour une agglomération.",
                    },
                    {
                        "title": "Déclarer les lieux",
                        "description": "Chaque lieu renseigne ses horaires, ses compétences (CAF, titres de séjour, retraite) et ses créneaux d'urgence.",
                    },
                    {
                        "title": "Orienter",
                        "description": "Le médiateur décrit la situation en trois champs et choisit un créneau parmi ceux proposés.",
                    },
                    {
                        "title": "Clôturer",
                        "description": "Le lieu d'accueil indique si la situation est résolue, ce qui alimente le tableau de bord du délai de traitement.",
                    },
                ],
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>L'outil ne doit contenir aucune donnée de santé ni numéro d'allocataire. La fiche d'orientation utilise un simple code remis à la personne.</p>",
                },
            ),
            (
                "link",
                {
                    "url": "https://code.example.org/grand-chambery/sos-demarches",
                    "title": "Dépôt du code source et documentation d'installation",
                },
            ),
        ],
        "file": {
            "filename": "INSTALL.txt",
            "title": "Notice d'installation rapide",
            "content": (
                "SOS DÉMARCHES – INSTALLATION RAPIDE\n"
                "\n"
                "Prérequis : serveur Linux, Docker 24+, nom de domaine, serveur SMTP.\n"
                "\n"
                "1. git clone https://code.example.org/grand-chambery/sos-demarches.git\n"
                "2. cd sos-demarches && cp .env.example .env\n"
                "3. Renseigner dans .env : DOMAINE, SMTP_HOST, SMTP_USER, SECRET_KEY\n"
                "4. docker compose up -d\n"
                "5. docker compose exec app python manage.py migrate\n"
                "6. docker compose exec app python manage.py createsuperuser\n"
                "7. Se connecter sur https://DOMAINE/admin et créer les lieux partenaires\n"
                "\n"
                "Sauvegarde : docker compose exec db pg_dump (tâche quotidienne conseillée)\n"
                "Mises à jour : git pull puis docker compose up -d --build\n"
                "Licence : GNU AGPL 3.0\n"
            ),
        },
        "update": {
            "change_summary": "Ajout d'un conseil sur les créneaux d'urgence",
            "paragraph": "<p>Réservez au moins deux créneaux d'urgence par semaine et par lieu : en dessous, le délai de 48 heures n'a pas pu être tenu pendant les pics de rentrée.</p>",
        },
    },
    {
        "project": "OUTILLER-03",
        "slug": "repertoire-lieux-mediation-grand-chambery",
        "title": "Répertoire ouvert des lieux de médiation numérique du Grand Chambéry",
        "summary": (
            "Le jeu de données des lieux de médiation de l'agglomération utilisé par SOS "
            "Démarches : adresses, horaires, compétences et accessibilité, au format CSV et "
            "compatible avec le schéma national des lieux d'inclusion numérique."
        ),
        "types": ["dataset"],
        "themes": ["social_inclusion"],
        "publics": ["TousPublics"],
        "challenges": ["know_territory_needs", "administrative_emergencies"],
        "licence": "odbl-1.0",
        "tags": ["données ouvertes", "cartographie", "lieux de médiation"],
        "organisations": ["grand-chambery"],
        "body": [
            ("heading", "Un répertoire tenu à jour par les lieux eux-mêmes"),
            (
                "paragraph",
                "<p>Chaque lieu met à jour sa fiche dans SOS Démarches ; le fichier est exporté "
                "chaque nuit. Les champs suivent le schéma national des lieux de médiation "
                "numérique, ce qui permet de les verser dans la cartographie nationale.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "text": "<p>Licence ODbL : vous pouvez réutiliser librement les données, à condition de citer la source et de partager sous la même licence toute base enrichie.</p>",
                },
            ),
            (
                "paragraph",
                "<p>Le champ <strong>competences</strong> liste les démarches pour lesquelles le "
                "lieu accepte des orientations d'urgence. Le champ <strong>accessibilite_pmr</strong> "
                "est déclaratif et n'a pas été vérifié sur place.</p>",
            ),
            (
                "link",
                {
                    "url": "https://www.data.gouv.fr/",
                    "title": "data.gouv.fr : plateforme ouverte des données publiques",
                },
            ),
        ],
        "file": {
            "filename": "lieux-mediation-grand-chambery.csv",
            "title": "Extrait du répertoire (CSV)",
            "content": (
                "id;nom;commune;adresse;horaires;competences;accessibilite_pmr;creneaux_urgence_semaine\n"
                "GC-001;Maison de quartier Le Biollay;Chambéry;rue fictive 1;mar 14h-17h;CAF|France Travail|impôts;oui;2\n"
                "GC-002;Maison de quartier Les Combes;Chambéry;rue fictive 2;jeu 9h-12h;CAF|logement;oui;2\n"
                "GC-003;France Services Cognin;Cognin;place fictive 3;lun-ven 9h-12h;retraite|ANTS|impôts;oui;3\n"
                "GC-004;Médiathèque centre;Chambéry;avenue fictive 4;mer 14h-18h;ANTS|santé;oui;1\n"
                "GC-005;CCAS de Chambéry;Chambéry;rue fictive 5;lun-ven 8h30-12h;CAF|énergie|santé;oui;4\n"
                "GC-006;Espace associatif La Motte;La Motte-Servolex;rue fictive 6;ven 14h-17h;CAF|titres de séjour;non;1\n"
                "GC-007;Mairie de Saint-Alban-Leysse;Saint-Alban-Leysse;place fictive 7;mar 9h-12h;ANTS|retraite;oui;1\n"
                "GC-008;Point d'accueil Bissy;Chambéry;rue fictive 8;lun 14h-17h;France Travail|CAF;oui;2\n"
                "GC-009;France Services Les Déserts;Les Déserts;route fictive 9;mer 9h-12h;retraite|impôts|santé;oui;1\n"
            ),
        },
        "update": {
            "change_summary": "Ajout du champ sur les créneaux d'urgence",
            "paragraph": "<p>Le champ creneaux_urgence_semaine indique désormais la capacité hebdomadaire de chaque lieu, demandée par les partenaires pour équilibrer les orientations.</p>",
        },
    },
    # --- OUTILLER-04 : Médiation itinérante seniors Sud Charente -----------------------
    {
        "project": "OUTILLER-04",
        "slug": "kit-mediation-domicile-seniors",
        "title": "Kit de médiation à domicile pour les seniors isolés en milieu rural",
        "summary": (
            "La composition du kit itinérant (tablette préconfigurée, connexion, supports en "
            "gros caractères) et une fiche outil pour conduire une première visite à domicile "
            "auprès d'une personne âgée isolée."
        ),
        "types": ["mediation_kit", "toolsheet"],
        "themes": ["itinerancy", "social_inclusion"],
        "publics": ["SeniorsPersonnesAgees", "PersonneSituationHandicapOuPerteAutonomie"],
        "challenges": ["fragile_publics"],
        "licence": "cc-by-sa-4.0",
        "tags": ["seniors", "visite à domicile", "ruralité"],
        "organisations": ["espace-numerique-sud-charente", "cc-4b-sud-charente"],
        "body": [
            ("heading", "Un kit pensé pour la table de la cuisine"),
            (
                "paragraph",
                "<p>Tout tient dans une sacoche : une tablette à grand écran avec une interface "
                "simplifiée, un routeur 4G, un stylet, une loupe et des fiches en corps 18. "
                "La médiatrice laisse la fiche du jour à la personne à la fin de chaque visite.</p>",
            ),
            (
                "steps",
                [
                    {
                        "title": "Prendre rendez-vous par un relais",
                        "description": "Passez par l'aide à domicile, la mairie ou le CCAS pour que la personne sache qui va venir.",
                    },
                    {
                        "title": "Commencer par ce qui compte pour elle",
                        "description": "Demandez ce qu'elle voudrait faire : voir ses petits-enfants en visio, lire le journal, consulter ses remboursements.",
                    },
                    {
                        "title": "Un seul usage par visite",
                        "description": "Travaillez un geste jusqu'à ce qu'il soit acquis, puis laissez la fiche correspondante.",
                    },
                    {
                        "title": "Planifier la suite",
                        "description": "Notez la prochaine visite sur le calendrier de la personne et prévenez le relais.",
                    },
                ],
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Réglez la taille du texte et la durée de mise en veille avant la visite : un écran qui s'éteint au bout de trente secondes décourage dès la première minute.</p>",
                },
            ),
            (
                "quote",
                {
                    "quote": "Elle m'attend avec le café et la liste de ses questions de la semaine.",
                    "attribution": "La médiatrice numérique itinérante",
                },
            ),
        ],
        "file": {
            "filename": "composition-kit-itinerant.csv",
            "title": "Composition et coût du kit",
            "content": (
                "element;quantite;cout_unitaire_euros;remarque\n"
                "Tablette 11 pouces;1;320;interface simplifiée installée\n"
                "Coque avec support;1;35;position inclinée sur table\n"
                "Routeur 4G et abonnement annuel;1;180;zones sans box\n"
                "Stylet à embout large;2;8;tremblements\n"
                "Loupe éclairante;1;15;\n"
                "Fiches mémo gros caractères;12;0,50;corps 18, plastifiées\n"
                "Casque audio à gros boutons;1;25;malentendants\n"
                "Batterie externe;1;30;\n"
                "Sacoche rembourrée;1;40;\n"
                "Carnet de suivi papier;1;3;reste chez la personne\n"
            ),
        },
        "update": {
            "change_summary": "Ajout d'un conseil sur les personnes malentendantes",
            "paragraph": "<p>Pour les personnes malentendantes, activez les sous-titres automatiques des appels vidéo dès la première visite : c'est souvent ce qui décide de l'usage.</p>",
        },
    },
    # --- OUTILLER-05 : Kit plurilingue ----------------------------------------------
    {
        "project": "OUTILLER-05",
        "slug": "kit-premiers-pas-numeriques-plurilingue",
        "title": "Premiers pas numériques : kit imprimable à pictogrammes en six langues",
        "summary": (
            "Un kit de médiation imprimable pour accompagner les personnes allophones ou "
            "exilées : cartes pictogrammes, glossaire en six langues et huit séquences "
            "d'atelier, de l'allumage du téléphone à la prise de rendez-vous en ligne."
        ),
        "types": ["mediation_kit"],
        "themes": ["social_inclusion"],
        "publics": ["PersonneAllophoneOuRefugiesDemandeursAsile", "PersonneSituationIlletrisme"],
        "challenges": ["fragile_publics", "autonomy"],
        "licence": "cc-by-sa-4.0",
        "tags": ["plurilinguisme", "pictogrammes", "personnes exilées"],
        "organisations": ["quartiers-connectes", "les-cles-du-numerique"],
        "body": [
            ("heading", "Un kit co-conçu avec les personnes accompagnées"),
            (
                "paragraph",
                "<p>Les pictogrammes et le glossaire ont été testés avec trois groupes de "
                "personnes exilées. Les langues retenues sont l'arabe, le dari, le pachto, le "
                "tigrinya, l'ukrainien et l'anglais, en plus du français.</p>",
            ),
            (
                "steps",
                [
                    {
                        "title": "Imprimer les cartes",
                        "description": "Imprimez les cartes en couleur sur papier épais et découpez-les ; un jeu sert pour quatre personnes.",
                    },
                    {
                        "title": "Associer mot et geste",
                        "description": "Chaque carte montre un pictogramme, le mot français et sa traduction, à associer au geste sur le téléphone.",
                    },
                    {
                        "title": "Suivre les séquences",
                        "description": "Les huit séquences progressent du téléphone lui-même vers les démarches, à raison d'une par atelier.",
                    },
                ],
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "text": "<p>Le kit ne remplace pas l'interprétariat pour les démarches à enjeu (asile, titre de séjour) : il prépare l'autonomie sur les usages du quotidien.</p>",
                },
            ),
            (
                "link",
                {
                    "url": "https://www.refugies.info/",
                    "title": "Réfugiés.info : informations traduites pour les personnes réfugiées",
                },
            ),
        ],
        "file": {
            "filename": "glossaire-plurilingue.csv",
            "title": "Extrait du glossaire plurilingue",
            "content": (
                "pictogramme;francais;anglais;arabe;ukrainien\n"
                "allumer;allumer;switch on;شغّل;увімкнути\n"
                "mot_de_passe;mot de passe;password;كلمة السر;пароль\n"
                "wifi;wifi;wifi;واي فاي;вайфай\n"
                "envoyer;envoyer;send;أرسل;надіслати\n"
                "photo;photo;photo;صورة;фото\n"
                "rendez_vous;rendez-vous;appointment;موعد;запис\n"
                "courriel;courriel;e-mail;بريد إلكتروني;електронна пошта\n"
                "telecharger;télécharger;download;تنزيل;завантажити\n"
                "valider;valider;confirm;تأكيد;підтвердити\n"
                "retour;retour;back;رجوع;назад\n"
                "aide;aide;help;مساعدة;допомога\n"
            ),
        },
        "update": {
            "change_summary": "Ajout de la séquence sur les messages frauduleux",
            "paragraph": "<p>Une neuvième séquence, entièrement en pictogrammes, apprend à reconnaître un SMS frauduleux, après plusieurs arnaques signalées par les participants.</p>",
        },
    },
    {
        "project": "OUTILLER-05",
        "slug": "application-exercices-hors-ligne-pictos",
        "title": "Application d'exercices hors ligne pour s'entraîner aux gestes numériques",
        "summary": (
            "Une application libre qui fonctionne sans connexion sur téléphone Android : "
            "exercices de toucher, de saisie et de navigation guidés par pictogrammes et "
            "consignes audio dans plusieurs langues."
        ),
        "types": ["software"],
        "themes": ["social_inclusion"],
        "publics": [
            "PersonneAllophoneOuRefugiesDemandeursAsile",
            "PersonneSituationIlletrisme",
            "PersonnesTresEloigneesNumerique",
        ],
        "challenges": ["autonomy"],
        "licence": "mit",
        "tags": ["application", "hors ligne", "exercices"],
        "organisations": ["quartiers-connectes"],
        "body": [
            ("heading", "S'entraîner entre deux ateliers"),
            (
                "paragraph",
                "<p>Beaucoup de participants n'ont que des forfaits limités. L'application "
                "s'installe une fois en atelier, puis fonctionne sans données mobiles : la "
                "personne peut refaire les exercices chez elle autant qu'elle le souhaite.</p>",
            ),
            (
                "steps",
                [
                    {
                        "title": "Installer en atelier",
                        "description": "Installez l'APK depuis le wifi du lieu ou transférez-la par Bluetooth depuis la tablette du médiateur.",
                    },
                    {
                        "title": "Choisir la langue des consignes",
                        "description": "Au premier lancement, la personne touche le drapeau de sa langue ; les consignes audio suivent.",
                    },
                    {
                        "title": "Suivre les parcours",
                        "description": "Cinq parcours progressifs : toucher, glisser, écrire, naviguer, remplir un formulaire fictif.",
                    },
                ],
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>L'application ne collecte aucune donnée et ne demande aucune autorisation : précisez-le aux participants, souvent méfiants à juste titre.</p>",
                },
            ),
            (
                "link",
                {
                    "url": "https://code.example.org/quartiers-connectes/premiers-pas-app",
                    "title": "Code source et fichiers de traduction",
                },
            ),
        ],
        "file": {
            "filename": "traduire-les-consignes.txt",
            "title": "Ajouter une langue à l'application",
            "content": (
                "AJOUTER UNE LANGUE\n"
                "\n"
                "1. Copier le dossier locales/fr/ sous le code de la langue (ex. locales/ps/).\n"
                "2. Traduire le fichier consignes.json (62 phrases courtes).\n"
                "3. Enregistrer chaque consigne audio en MP3 mono, 64 kbit/s,\n"
                "   nommée comme la clé de la phrase (ex. toucher_01.mp3).\n"
                "4. Ajouter le drapeau ou le symbole de la langue dans assets/langues/.\n"
                "5. Lancer ./scripts/verifier-langue.sh ps pour contrôler les fichiers manquants.\n"
                "6. Proposer la contribution par une demande de fusion.\n"
                "\n"
                "Conseil : faites relire la traduction par deux personnes locutrices,\n"
                "dont une qui découvre le numérique.\n"
            ),
        },
        "update": {
            "change_summary": "Ajout du pachto et d'un mode gros boutons",
            "paragraph": "<p>La version 1.2 ajoute le pachto et un mode « gros boutons » activable depuis l'écran d'accueil, demandé par les participants âgés.</p>",
        },
    },
    # --- OUTILLER-07 : Groupement d'employeurs Vercors --------------------------------
    {
        "project": "OUTILLER-07",
        "slug": "modele-convention-mise-a-disposition-mediateur",
        "title": "Modèle de convention de mise à disposition d'un médiateur numérique en groupement d'employeurs",
        "summary": (
            "Un modèle commenté de convention entre un groupement d'employeurs et ses membres "
            "(tiers-lieux, associations, communes) pour partager le temps de travail d'un "
            "médiateur numérique et en répartir le coût."
        ),
        "types": ["document_template", "article"],
        "themes": ["social_inclusion"],
        "publics": [],
        "challenges": ["sustain_schemes"],
        "licence": "cc-by-4.0",
        "tags": ["groupement d'employeurs", "emploi", "mutualisation"],
        "organisations": ["tiers-lieux-vercors", "agopop"],
        "body": [
            ("heading", "Pourquoi un groupement d'employeurs"),
            (
                "paragraph",
                "<p>Aucune structure du plateau ne pouvait financer seule un poste à temps plein. "
                "Le groupement emploie les médiateurs en CDI et les met à disposition de ses "
                "membres selon un planning annuel, ce qui sécurise les salariés et les lieux.</p>",
            ),
            (
                "paragraph",
                "<p>La convention précise <strong>le temps affecté</strong> à chaque membre, le "
                "lieu d'exercice, la refacturation au coût réel et la responsabilité "
                "solidaire des membres. Les commentaires en marge expliquent chaque clause.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Les communes peuvent adhérer à un groupement d'employeurs sous conditions : faites valider le montage par le service juridique du Département ou un avocat avant signature.</p>",
                },
            ),
            (
                "quote",
                {
                    "quote": "Le médiateur connaît maintenant les trois lieux et les habitants le suivent de l'un à l'autre.",
                    "attribution": "La coordinatrice de la coopérative de tiers-lieux",
                },
            ),
        ],
        "file": {
            "filename": "modele-convention-mise-a-disposition.txt",
            "title": "Modèle de convention (trame)",
            "content": (
                "CONVENTION DE MISE À DISPOSITION DE PERSONNEL\n"
                "\n"
                "Entre : le groupement d'employeurs [nom], ci-après « le Groupement »\n"
                "Et : [nom du membre], ci-après « l'Utilisateur »\n"
                "\n"
                "Article 1 – Objet : mise à disposition d'un·e médiateur·rice numérique.\n"
                "Article 2 – Durée et temps affecté : [x] jours par semaine du [date] au [date].\n"
                "Article 3 – Lieu d'exercice et missions : [lieu], [missions].\n"
                "Article 4 – Conditions de travail : l'Utilisateur est responsable des\n"
                "conditions d'exécution du travail (horaires, sécurité, équipement).\n"
                "Article 5 – Refacturation : coût salarial réel + [x] % de frais de gestion,\n"
                "facturé mensuellement.\n"
                "Article 6 – Solidarité : les membres sont solidairement responsables des\n"
                "dettes salariales du Groupement.\n"
                "Article 7 – Résiliation : préavis de trois mois.\n"
                "\n"
                "Fait à [lieu], le [date]   Signatures\n"
            ),
        },
        "update": {
            "change_summary": "Ajout d'un conseil sur le planning annuel",
            "paragraph": "<p>Fixez le planning de mise à disposition pour l'année scolaire entière : les changements en cours d'année ont été la première source de tension entre membres.</p>",
        },
    },
    # --- FORMACTION-01 : Feuille de route 4B Sud-Charente -----------------------------
    {
        "project": "FORMACTION-01",
        "slug": "feuille-de-route-inclusion-numerique-4b-sud-charente",
        "title": "Feuille de route d'inclusion numérique des 4B Sud-Charente 2025-2027",
        "summary": (
            "La feuille de route adoptée par la communauté de communes à l'issue de la "
            "formation-action : quatre axes, quatorze actions chiffrées et un tableau de bord "
            "de suivi, publiés pour inspirer d'autres territoires ruraux."
        ),
        "types": ["roadmap"],
        "themes": ["social_inclusion", "itinerancy"],
        "publics": ["TousPublics", "SeniorsPersonnesAgees"],
        "challenges": ["know_territory_needs", "sustain_schemes"],
        "licence": "etalab-2.0",
        "tags": ["feuille de route", "ruralité", "intercommunalité"],
        "organisations": ["cc-4b-sud-charente", "espace-numerique-sud-charente"],
        "body": [
            ("heading", "Quatre axes pour trois ans"),
            (
                "paragraph",
                "<p>La feuille de route a été construite pendant six mois de formation-action "
                "avec les élus, le CCAS, l'Espace Numérique et les secrétaires de mairie, qui "
                "sont en première ligne face aux demandes des habitants.</p>",
            ),
            (
                "steps",
                [
                    {
                        "title": "Axe 1 – Mailler le territoire",
                        "description": "Un point d'accueil numérique à moins de quinze minutes de chaque habitant, fixe ou itinérant.",
                    },
                    {
                        "title": "Axe 2 – Aller vers les plus isolés",
                        "description": "Pérenniser les visites à domicile pour les seniors en lien avec les services d'aide.",
                    },
                    {
                        "title": "Axe 3 – Outiller les secrétaires de mairie",
                        "description": "Former et outiller les agents d'accueil pour orienter sans faire à la place.",
                    },
                    {
                        "title": "Axe 4 – Piloter et financer",
                        "description": "Un comité annuel et un tableau de bord partagé pour suivre actions et financements.",
                    },
                ],
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "text": "<p>Budget total : 186 000 € sur trois ans, dont 40 % portés par la communauté de communes et le reste par la Région, l'État et la Conférence des financeurs.</p>",
                },
            ),
        ],
        "file": {
            "filename": "plan-actions-4b-sud-charente.csv",
            "title": "Plan d'actions chiffré",
            "content": (
                "axe;action;porteur;budget_euros;echeance;indicateur\n"
                "1;Cartographier les points d'accueil;CC 4B;3000;2025-03;carte publiée\n"
                "1;Ouvrir deux points relais en mairie;CC 4B;12000;2025-09;nombre de points ouverts\n"
                "1;Tournée itinérante hebdomadaire;Espace Numérique;45000;2025-06;communes desservies\n"
                "2;Visites à domicile des seniors;Espace Numérique;38000;2025-01;personnes suivies\n"
                "2;Convention avec les services d'aide à domicile;CC 4B;0;2025-04;signalements reçus\n"
                "2;Prêt de tablettes;CCAS;9000;2025-10;prêts réalisés\n"
                "3;Formation des secrétaires de mairie;CC 4B;6000;2025-05;agents formés\n"
                "3;Annuaire d'orientation partagé;Espace Numérique;2000;2025-06;orientations tracées\n"
                "3;Réunion trimestrielle des aidants;CC 4B;1500;2025-12;participants\n"
                "4;Comité de pilotage annuel;CC 4B;0;2025-12;réunions tenues\n"
                "4;Tableau de bord partagé;CC 4B;2500;2025-06;indicateurs renseignés\n"
                "4;Dépôt de candidatures aux appels à projets;CC 4B;0;2026-03;financements obtenus\n"
            ),
        },
        "update": {
            "change_summary": "Ajout du bilan à six mois",
            "paragraph": "<p>Après six mois, neuf actions sur quatorze sont engagées ; la formation des secrétaires de mairie a été avancée à la demande des maires.</p>",
        },
    },
    # --- FORMACTION-02 : Chambéry, de l'incubateur à la feuille de route -----------------
    {
        "project": "FORMACTION-02",
        "slug": "article-incubateur-feuille-de-route-chambery",
        "title": "De l'incubateur à la feuille de route : ce que Transistor a appris à Chambéry",
        "summary": (
            "Un article illustré qui retrace comment six projets incubés dans les quartiers "
            "prioritaires ont nourri la feuille de route municipale, avec une infographie des "
            "chiffres clés et des enseignements."
        ),
        "types": ["article", "infographic"],
        "themes": ["social_inclusion", "participatory_democracy"],
        "publics": ["TousPublics"],
        "challenges": ["know_territory_needs", "sustain_schemes"],
        "licence": "cc-by-4.0",
        "tags": ["capitalisation", "quartiers prioritaires", "politique de la ville"],
        "organisations": ["ville-de-chambery", "agate", "grand-chambery"],
        "body": [
            ("heading", "Partir de ce qui a marché"),
            (
                "paragraph",
                "<p>Plutôt que de repartir d'un diagnostic, la Ville a choisi de capitaliser "
                "sur les projets incubés : permanences d'accès aux droits, ateliers de "
                "réparation, triporteur, accompagnement des parents et du budget participatif.</p>",
            ),
            (
                "paragraph",
                "<p>Trois constats ressortent : les habitants viennent là où ils ont déjà leurs "
                "habitudes, les associations ont besoin de financements pluriannuels, et "
                "l'orientation entre lieux est le maillon faible. La feuille de route en fait "
                "ses trois priorités.</p>",
            ),
            (
                "quote",
                {
                    "quote": "L'incubateur nous a donné des preuves ; la feuille de route doit leur donner de la durée.",
                    "attribution": "Une élue déléguée à la politique de la ville",
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>L'infographie jointe peut être imprimée en A3 pour les réunions de quartier ; ses chiffres sont issus des bilans des projets.</p>",
                },
            ),
        ],
        "file": {
            "filename": "infographie-chiffres-cles.txt",
            "title": "Texte de l'infographie « Transistor en chiffres »",
            "content": (
                "TRANSISTOR EN CHIFFRES (2022-2024)\n"
                "\n"
                "6 projets incubés dans les quartiers prioritaires\n"
                "4 associations et 1 collectivité porteuses\n"
                "1 250 habitants accompagnés\n"
                "62 % reviennent au moins une deuxième fois\n"
                "380 téléphones et ordinateurs réparés\n"
                "41 projets déposés au budget participatif par des habitants accompagnés\n"
                "\n"
                "3 ENSEIGNEMENTS\n"
                "1. Aller là où les habitants sont déjà\n"
                "2. Financer sur plusieurs années\n"
                "3. Mieux orienter entre les lieux\n"
            ),
        },
        "update": {
            "change_summary": "Ajout d'un paragraphe sur la suite de la démarche",
            "paragraph": "<p>La feuille de route sera présentée en conseil municipal à l'automne, après une tournée de restitution dans les six maisons de quartier.</p>",
        },
    },
]

LESSONS = [
    {
        "project": "TRANSISTOR-01",
        "slug": "retex-faire-avec-plutot-qu-a-la-place",
        "title": "Faire avec plutôt qu'à la place : passer de l'urgence à l'autonomie en permanence",
        "summary": (
            "Comment les permanences Cap Droits sont passées d'un guichet où le médiateur faisait "
            "les démarches à un accompagnement qui rend les habitants autonomes, sans laisser "
            "tomber les situations urgentes."
        ),
        "context": "<p>Les premières permanences ont été débordées : deux médiateurs pour une trentaine de personnes par demi-journée, qui repartaient avec leur démarche faite mais revenaient le mois suivant pour la même chose.</p>",
        "what_we_tried": "<p>Nous avons séparé l'accueil en deux temps : une qualification de cinq minutes pour repérer les urgences, puis un accompagnement où la personne manipule elle-même. Une fiche de suivi et une grille d'autonomie ont été introduites.</p>",
        "what_worked": "<p>Le temps de qualification a permis de traiter les urgences le jour même. Après trois ou quatre passages, la majorité des personnes réalisaient seules leur actualisation ou leur déclaration trimestrielle.</p>",
        "what_did_not_work": "<p>Les mots de passe restent le principal blocage : sans solution de stockage, beaucoup de personnes recréent un compte à chaque visite. Les créneaux sans rendez-vous ont aussi attiré des demandes hors champ (rédaction de courriers).</p>",
        "recommendations": "<ul><li>Qualifier chaque demande avant de commencer.</li><li>Proposer un carnet de mots de passe papier dès la première visite.</li><li>Afficher clairement ce que la permanence fait et ne fait pas.</li></ul>",
        "reuse_conditions": "<p>Transposable à tout lieu accueillant déjà du public, à condition de disposer d'au moins un médiateur formé et d'un partenariat d'orientation avec le CCAS.</p>",
        "phase": "documentation",
        "accompaniment_topic": "mediation_design",
        "themes": ["social_inclusion"],
        "tags": ["accès aux droits", "autonomie", "permanence"],
        "licence": "cc-by-sa-4.0",
        "related_resources": [
            "guide-permanences-acces-aux-droits",
            "grille-autoevaluation-autonomie-demarches",
        ],
        "evidence_links": [("https://www.service-public.fr/", "Service-Public.fr")],
        "update": {
            "change_summary": "Ajout d'une recommandation sur les aidants",
            "recommendations": "<ul><li>Qualifier chaque demande avant de commencer.</li><li>Proposer un carnet de mots de passe papier dès la première visite.</li><li>Afficher clairement ce que la permanence fait et ne fait pas.</li><li>Accompagner l'aidant familial quand c'est lui qui fera la démarche.</li></ul>",
        },
    },
    {
        "project": "TRANSISTOR-02",
        "slug": "retex-ateliers-reparation-quartiers",
        "title": "Ateliers de réparation en quartier : la sobriété passe par le concret",
        "summary": (
            "Ce que deux ans d'ateliers Répar'Num ont appris : partir de l'objet en panne attire "
            "bien plus que les discours sur la sobriété, mais les pièces détachées et la "
            "fidélisation des bénévoles demandent une vraie organisation."
        ),
        "context": "<p>Les premières séances de sensibilisation à la sobriété numérique n'attiraient que quelques personnes déjà convaincues. Les habitants des quartiers avaient pourtant des téléphones lents ou abîmés qu'ils pensaient devoir remplacer.</p>",
        "what_we_tried": "<p>Nous avons transformé les séances en ateliers de réparation mensuels, où chacun vient avec son appareil. La sensibilisation arrive en fin d'atelier, à partir de ce qui vient d'être réparé.</p>",
        "what_worked": "<p>La fréquentation a triplé et les familles sont venues avec les appareils des enfants. Faire de la place sur le téléphone règle à lui seul une panne sur deux.</p>",
        "what_did_not_work": "<p>Les délais de commande des batteries obligeaient à revenir une seconde fois, et une partie des participants ne revenait pas. Les bénévoles réparateurs, peu nombreux, se sont vite épuisés.</p>",
        "recommendations": "<ul><li>Constituer un petit stock de batteries pour les modèles les plus courants.</li><li>Former des habitants pour élargir le cercle des bénévoles.</li><li>Terminer chaque atelier par un geste de sobriété à tester.</li></ul>",
        "reuse_conditions": "<p>Nécessite un lieu avec de grandes tables, un outillage de base d'environ 150 € et au moins un bénévole ayant une pratique de la réparation.</p>",
        "phase": "completed",
        "accompaniment_topic": "mediation_design",
        "themes": ["ecological_transition"],
        "tags": ["réemploi", "réparation", "bénévolat"],
        "licence": "cc-by-sa-4.0",
        "related_resources": ["atelier-reparer-son-smartphone", "tutoriel-video-changer-batterie"],
        "evidence_links": [("https://www.longuevieauxobjets.gouv.fr/", "Longue vie aux objets")],
        "update": {
            "change_summary": "Ajout d'une recommandation sur les partenariats avec les réparateurs",
            "recommendations": "<ul><li>Constituer un petit stock de batteries pour les modèles les plus courants.</li><li>Former des habitants pour élargir le cercle des bénévoles.</li><li>Terminer chaque atelier par un geste de sobriété à tester.</li><li>Nouer un partenariat avec un réparateur local pour les pannes complexes.</li></ul>",
        },
    },
    {
        "project": "TRANSISTOR-03",
        "slug": "retex-budget-participatif-accompagne",
        "title": "Budget participatif : le papier avant l'écran",
        "summary": (
            "Accompagner les habitants des quartiers prioritaires à déposer et voter en ligne : "
            "l'écriture collective sur papier lève les freins, mais le vote reste plus difficile "
            "à accompagner que le dépôt."
        ),
        "context": "<p>Lors des premières éditions du budget participatif, très peu de projets venaient des quartiers prioritaires. Le dépôt se faisait uniquement en ligne, avec un formulaire long et un vocabulaire administratif.</p>",
        "what_we_tried": "<p>Des ateliers en maison de quartier avec un gabarit papier imitant le formulaire, puis un dépôt en binôme sur la plateforme. Des points d'accès accompagnés ont été ouverts pendant la période de vote.</p>",
        "what_worked": "<p>Le nombre de projets déposés depuis les quartiers a fortement augmenté. L'écriture à plusieurs a permis à des personnes peu à l'aise à l'écrit de porter un projet.</p>",
        "what_did_not_work": "<p>La période de vote, plus courte, a été moins accompagnée : de nombreux habitants n'ont pas réussi à créer leur compte. La vérification d'adresse par SMS a bloqué les personnes sans téléphone personnel.</p>",
        "recommendations": "<ul><li>Commencer les ateliers trois semaines avant la clôture des dépôts.</li><li>Prévoir autant de points d'accompagnement pendant le vote que pendant le dépôt.</li><li>Demander à la plateforme une alternative à la vérification par SMS.</li></ul>",
        "reuse_conditions": "<p>Adaptable à toute consultation en ligne, à condition d'obtenir l'accès à une plateforme de démonstration et l'appui des animateurs de quartier.</p>",
        "phase": "accompaniment",
        "accompaniment_topic": "mediation_design",
        "themes": ["participatory_democracy"],
        "tags": ["budget participatif", "citoyenneté", "quartiers prioritaires"],
        "licence": "cc-by-sa-4.0",
        "related_resources": ["kit-atelier-budget-participatif"],
        "evidence_links": [("https://www.vie-publique.fr/", "Vie-publique.fr")],
        "update": {
            "change_summary": "Ajout d'une recommandation sur le suivi des projets lauréats",
            "recommendations": "<ul><li>Commencer les ateliers trois semaines avant la clôture des dépôts.</li><li>Prévoir autant de points d'accompagnement pendant le vote que pendant le dépôt.</li><li>Demander à la plateforme une alternative à la vérification par SMS.</li><li>Informer les porteurs de l'avancement de leur projet après le vote.</li></ul>",
        },
    },
    {
        "project": "TRANSISTOR-04",
        "slug": "retex-diagnostic-mediation-mobile-triporteur",
        "title": "Préparer une médiation mobile : ce que le diagnostic a changé au triporteur",
        "summary": (
            "Avant de lancer le triporteur, un diagnostic de terrain a montré que les bons "
            "points d'arrêt ne sont pas ceux imaginés au bureau et que le rôle premier de la "
            "tournée est d'orienter, pas de tout traiter sur place."
        ),
        "context": "<p>Le projet prévoyait un triporteur équipé pour accompagner les démarches directement dans l'espace public. Les premières sorties tests ont montré des files d'attente sur certains arrêts et personne sur d'autres.</p>",
        "what_we_tried": "<p>Nous avons mené six semaines d'observation avec les gardiens, les animateurs et les écoles, et testé différents horaires. Les contacts ont été notés dans un tableau anonyme pour comprendre les motifs.</p>",
        "what_worked": "<p>Les sorties d'école et la fin de marché sont les meilleurs moments. Les relais du quartier, prévenus à l'avance, ont amené des habitants qui ne fréquentaient aucun lieu de médiation.</p>",
        "what_did_not_work": "<p>Traiter des démarches complètes dans la rue s'est révélé impossible : bruit, confidentialité, météo. Les démarches longues sont désormais orientées vers les permanences.</p>",
        "recommendations": "<ul><li>Observer le quartier avant de fixer les arrêts.</li><li>Donner à la tournée un rôle d'accroche et d'orientation.</li><li>Prévoir un lieu de repli à chaque arrêt.</li></ul>",
        "reuse_conditions": "<p>Suppose un partenariat étroit avec le bailleur et les services de quartier, et un lieu fixe vers lequel orienter les habitants rencontrés.</p>",
        "phase": "diagnostic",
        "accompaniment_topic": "project_engineering",
        "themes": ["itinerancy"],
        "tags": ["aller-vers", "diagnostic", "médiation mobile"],
        "licence": "cc-by-4.0",
        "related_resources": ["fiche-preparer-tournee-triporteur"],
        "evidence_links": [
            (
                "https://cartographie.societenumerique.gouv.fr/",
                "Cartographie nationale des lieux d'inclusion numérique",
            )
        ],
        "update": {
            "change_summary": "Ajout d'une recommandation sur le suivi des orientations",
            "recommendations": "<ul><li>Observer le quartier avant de fixer les arrêts.</li><li>Donner à la tournée un rôle d'accroche et d'orientation.</li><li>Prévoir un lieu de repli à chaque arrêt.</li><li>Vérifier avec les lieux d'accueil que les personnes orientées sont bien venues.</li></ul>",
        },
    },
    {
        "project": "TRANSISTOR-05",
        "slug": "retex-ateliers-parents-ecole-numerique",
        "title": "Parents et école numérique : s'appuyer sur l'établissement dès le départ",
        "summary": (
            "Les ateliers Parents connectés ont montré que la réussite dépend moins du contenu "
            "que de la coopération avec les écoles : identifiants, calendrier et relais auprès "
            "des familles."
        ),
        "context": "<p>Beaucoup de parents des quartiers prioritaires ne consultaient jamais l'espace numérique de travail. Les écoles constataient des absences non justifiées et des inscriptions en ligne non faites.</p>",
        "what_we_tried": "<p>Un cycle de quatre ateliers calé sur le calendrier scolaire, avec des mémos traduits par des parents relais. Les ateliers se tiennent dans les écoles, juste après la sortie des classes.</p>",
        "what_worked": "<p>Tenir les ateliers à l'école a rassuré les parents et facilité la venue des familles allophones. Les parents relais ont joué un rôle décisif pour mobiliser et traduire.</p>",
        "what_did_not_work": "<p>Au premier atelier, un tiers des comptes parents était bloqué, faute d'identifiants à jour. Les ateliers du soir n'ont pas convenu aux parents travaillant en horaires décalés.</p>",
        "recommendations": "<ul><li>Faire réinitialiser les identifiants par l'école avant chaque atelier.</li><li>Recruter des parents relais dès le lancement.</li><li>Proposer un créneau le samedi matin.</li></ul>",
        "reuse_conditions": "<p>Nécessite l'accord de la direction d'école ou du collège et un interlocuteur capable de gérer les comptes ENT des familles.</p>",
        "phase": "accompaniment",
        "accompaniment_topic": "mediation_design",
        "themes": ["social_inclusion"],
        "tags": ["parentalité", "école", "parents relais"],
        "licence": "cc-by-sa-4.0",
        "related_resources": ["cycle-ateliers-parents-ent"],
        "evidence_links": [
            ("https://www.education.gouv.fr/", "Ministère de l'Éducation nationale")
        ],
        "update": {
            "change_summary": "Ajout d'une recommandation sur les collèges",
            "recommendations": "<ul><li>Faire réinitialiser les identifiants par l'école avant chaque atelier.</li><li>Recruter des parents relais dès le lancement.</li><li>Proposer un créneau le samedi matin.</li><li>Associer les collèges pour l'atelier consacré aux bourses.</li></ul>",
        },
    },
    {
        "project": "OUTILLER-01",
        "slug": "retex-accompagnement-renforce-epci",
        "title": "Accompagner les EPCI vers une feuille de route : le guide ne suffit pas",
        "summary": (
            "L'expérimentation avec deux intercommunalités montre qu'un guide méthodologique est "
            "utile mais qu'un accompagnement humain aux moments clés (lancement, priorisation, "
            "adoption) fait la différence."
        ),
        "context": "<p>Les intercommunalités néo-aquitaines souhaitaient structurer leur politique d'inclusion numérique mais manquaient de méthode et de temps d'agent. Un premier guide diffusé seul avait été peu utilisé.</p>",
        "what_we_tried": "<p>Un accompagnement renforcé de deux EPCI pendant un an : ateliers de lancement et de priorisation animés par le hub, appui au diagnostic et relecture de la feuille de route. Le guide a été réécrit à partir de cette expérience.</p>",
        "what_worked": "<p>Les deux EPCI ont adopté une feuille de route en conseil communautaire. Les ateliers de priorisation ont créé une culture commune entre élus, CCAS et associations.</p>",
        "what_did_not_work": "<p>Le diagnostic a pris deux fois plus de temps que prévu, faute de données locales fiables. Dans l'un des EPCI, le départ de l'agent référent a suspendu la démarche pendant trois mois.</p>",
        "recommendations": "<ul><li>Désigner un binôme élu-agent plutôt qu'un référent unique.</li><li>Limiter le diagnostic à six semaines en s'appuyant sur les données existantes.</li><li>Prévoir un accompagnement externe au moins pour la priorisation.</li></ul>",
        "reuse_conditions": "<p>Réutilisable par tout hub ou centre de ressources, à condition de pouvoir consacrer environ quinze jours d'accompagnement par EPCI sur un an.</p>",
        "phase": "completed",
        "accompaniment_topic": "project_engineering",
        "themes": ["social_inclusion"],
        "tags": ["feuille de route", "epci", "accompagnement"],
        "licence": "etalab-2.0",
        "related_resources": [
            "guide-feuille-de-route-inclusion-numerique-epci",
            "webinaire-diagnostic-territorial-inclusion",
        ],
        "evidence_links": [
            ("https://labase.anct.gouv.fr/", "La Base du numérique d'intérêt général"),
            ("https://societenumerique.gouv.fr/", "Société numérique"),
        ],
        "update": {
            "change_summary": "Ajout d'une recommandation sur l'essaimage",
            "recommendations": "<ul><li>Désigner un binôme élu-agent plutôt qu'un référent unique.</li><li>Limiter le diagnostic à six semaines en s'appuyant sur les données existantes.</li><li>Prévoir un accompagnement externe au moins pour la priorisation.</li><li>Faire témoigner les EPCI accompagnés lors des webinaires d'essaimage.</li></ul>",
        },
    },
    {
        "project": "OUTILLER-02",
        "slug": "retex-diagnostic-participatif-vercors",
        "title": "Un diagnostic participatif en montagne : aller au marché plutôt qu'en ligne",
        "summary": (
            "Pour concevoir la maison du numérique itinérante, le diagnostic a été mené de vive "
            "voix dans les tiers-lieux et sur les marchés : plus lent qu'une enquête en ligne, "
            "mais il a touché les habitants non connectés et recruté de futurs contributeurs."
        ),
        "context": "<p>Le Vercors compte de nombreux hameaux mal couverts par les réseaux. Une enquête en ligne aurait surtout touché les habitants déjà à l'aise avec le numérique.</p>",
        "what_we_tried": "<p>Des bénévoles formés ont passé un questionnaire court en face-à-face sur les marchés, dans les tiers-lieux et à la sortie des écoles. Une soirée de restitution publique a suivi dans chaque bassin de vie.</p>",
        "what_worked": "<p>Plus de deux cents questionnaires ont été recueillis, dont un quart auprès de personnes sans connexion fixe. Une vingtaine d'habitants ont demandé à rejoindre la gouvernance du projet.</p>",
        "what_did_not_work": "<p>Les jeunes adultes et les travailleurs saisonniers ont été peu touchés. La saisie des questionnaires papier a représenté un travail important, sous-estimé au départ.</p>",
        "recommendations": "<ul><li>Saisir les réponses sur tablette dès que le réseau le permet.</li><li>Ajouter des points d'enquête sur les lieux de travail saisonnier.</li><li>Restituer les résultats avant toute décision.</li></ul>",
        "reuse_conditions": "<p>Adapté aux territoires ruraux et de montagne disposant d'un réseau de lieux et de bénévoles ; compter deux mois pour la collecte.</p>",
        "phase": "diagnostic",
        "accompaniment_topic": "project_engineering",
        "themes": ["itinerancy", "participatory_democracy"],
        "tags": ["diagnostic", "montagne", "participation"],
        "licence": "cc-by-sa-4.0",
        "related_resources": ["questionnaire-usages-numeriques-vercors"],
        "evidence_links": [("https://francetierslieux.fr/", "France Tiers-Lieux")],
        "update": {
            "change_summary": "Ajout d'une recommandation sur les saisonniers",
            "recommendations": "<ul><li>Saisir les réponses sur tablette dès que le réseau le permet.</li><li>Ajouter des points d'enquête sur les lieux de travail saisonnier.</li><li>Restituer les résultats avant toute décision.</li><li>Proposer une version courte du questionnaire pour les saisonniers.</li></ul>",
        },
    },
    {
        "project": "OUTILLER-03",
        "slug": "retex-cellule-urgence-administrative",
        "title": "Traiter les urgences administratives en 48 heures : un outil ne suffit pas sans règles communes",
        "summary": (
            "SOS Démarches a réduit le délai de prise en charge des ruptures de droits, mais "
            "c'est la charte commune entre lieux de médiation, plus que le logiciel, qui a fait "
            "tenir l'engagement des 48 heures."
        ),
        "context": "<p>Dans l'agglomération, les personnes en rupture de droits étaient renvoyées d'un lieu à l'autre, parfois pendant plusieurs semaines. Aucun lieu ne savait quels créneaux étaient disponibles ailleurs.</p>",
        "what_we_tried": "<p>Un outil partagé de signalement et de réservation de créneaux d'urgence, accompagné d'une charte définissant ce qu'est une urgence et les engagements de chaque lieu.</p>",
        "what_worked": "<p>La définition partagée de l'urgence a évité l'engorgement des créneaux. Le tableau de bord du délai de traitement a convaincu de nouveaux lieux de rejoindre le dispositif.</p>",
        "what_did_not_work": "<p>Les premières semaines, certains lieux n'ouvraient pas de créneaux et l'engagement de 48 heures n'était pas tenu. La double saisie avec les outils internes des CCAS a freiné l'adoption.</p>",
        "recommendations": "<ul><li>Écrire la charte avant de développer l'outil.</li><li>Fixer un nombre minimal de créneaux d'urgence par lieu.</li><li>Prévoir un export vers les outils internes des partenaires.</li></ul>",
        "reuse_conditions": "<p>Le logiciel est libre et réinstallable ; la démarche suppose une collectivité coordinatrice et l'engagement formel d'au moins cinq lieux.</p>",
        "phase": "accompaniment",
        "accompaniment_topic": "project_engineering",
        "themes": ["social_inclusion"],
        "tags": ["urgence administrative", "coopération", "orientation"],
        "licence": "etalab-2.0",
        "related_resources": [
            "sos-demarches-outil-orientation",
            "repertoire-lieux-mediation-grand-chambery",
        ],
        "evidence_links": [
            ("https://www.data.gouv.fr/", "data.gouv.fr"),
            ("https://www.service-public.fr/", "Service-Public.fr"),
        ],
        "update": {
            "change_summary": "Ajout d'une recommandation sur les données personnelles",
            "recommendations": "<ul><li>Écrire la charte avant de développer l'outil.</li><li>Fixer un nombre minimal de créneaux d'urgence par lieu.</li><li>Prévoir un export vers les outils internes des partenaires.</li><li>Associer le délégué à la protection des données dès la conception.</li></ul>",
        },
    },
    {
        "project": "OUTILLER-04",
        "slug": "retex-visites-domicile-seniors-isoles",
        "title": "Visites à domicile auprès des seniors isolés : la confiance avant la technique",
        "summary": (
            "La médiation itinérante en Sud Charente montre que l'accès aux seniors isolés passe "
            "par les aides à domicile et les mairies, et qu'un seul usage travaillé par visite "
            "vaut mieux qu'un programme complet."
        ),
        "context": "<p>Dans les communes rurales du Sud Charente, de nombreuses personnes âgées vivent seules, loin de tout lieu de médiation et sans moyen de transport. Les ateliers collectifs en bourg ne les touchaient pas.</p>",
        "what_we_tried": "<p>Une médiatrice itinérante équipée d'un kit léger réalise des visites à domicile, sur signalement des aides à domicile, des mairies et du CCAS, à raison d'une visite toutes les deux semaines.</p>",
        "what_worked": "<p>Passer par un relais connu a levé la méfiance. Partir d'un usage désiré, comme l'appel vidéo avec les petits-enfants, a motivé les personnes à poursuivre vers les démarches.</p>",
        "what_did_not_work": "<p>Les temps de trajet ont limité le nombre de personnes suivies. Le prêt de tablettes a posé des questions d'assurance et de retour du matériel non anticipées.</p>",
        "recommendations": "<ul><li>Organiser les visites par secteur géographique pour limiter les trajets.</li><li>Formaliser le prêt de matériel par une convention simple.</li><li>Prévoir dès le départ la fin de l'accompagnement et le relais.</li></ul>",
        "reuse_conditions": "<p>Nécessite un partenariat avec les services d'aide à domicile et un véhicule ; un équivalent temps plein permet de suivre environ quarante personnes.</p>",
        "phase": "documentation",
        "accompaniment_topic": "mediation_design",
        "themes": ["itinerancy"],
        "tags": ["seniors", "aller-vers", "ruralité"],
        "licence": "cc-by-sa-4.0",
        "related_resources": ["kit-mediation-domicile-seniors"],
        "evidence_links": [
            (
                "https://www.pour-les-personnes-agees.gouv.fr/",
                "Portail national pour les personnes âgées",
            )
        ],
        "update": {
            "change_summary": "Ajout d'une recommandation sur les aidants familiaux",
            "recommendations": "<ul><li>Organiser les visites par secteur géographique pour limiter les trajets.</li><li>Formaliser le prêt de matériel par une convention simple.</li><li>Prévoir dès le départ la fin de l'accompagnement et le relais.</li><li>Associer un proche à la dernière visite pour prendre le relais.</li></ul>",
        },
    },
    {
        "project": "OUTILLER-05",
        "slug": "retex-co-design-kit-plurilingue",
        "title": "Co-concevoir un kit plurilingue avec les personnes exilées",
        "summary": (
            "Les tests du kit Premiers pas numériques avec trois groupes de personnes exilées "
            "ont fait évoluer les pictogrammes, l'ordre des séquences et le choix des langues, "
            "et ont conduit à créer une application hors ligne."
        ),
        "context": "<p>Les médiateurs de l'association utilisaient des supports en français, inadaptés aux personnes allophones ou peu scolarisées. Les outils de traduction en ligne supposaient une connexion et une lecture que beaucoup n'avaient pas.</p>",
        "what_we_tried": "<p>Trois sessions de co-conception avec des groupes de personnes exilées et des interprètes bénévoles : tri de pictogrammes, test des séquences et choix des langues prioritaires.</p>",
        "what_worked": "<p>Les participants ont rejeté plusieurs pictogrammes jugés ambigus et proposé les leurs. L'idée d'une application sans connexion est venue d'eux, pour s'entraîner sans consommer leur forfait.</p>",
        "what_did_not_work": "<p>Les sessions ont demandé beaucoup d'interprétariat, difficile à trouver pour le pachto et le tigrinya. Certaines personnes ont quitté le territoire avant la fin des tests.</p>",
        "recommendations": "<ul><li>Budgéter l'interprétariat dès la conception.</li><li>Tester chaque pictogramme avec au moins deux groupes linguistiques.</li><li>Prévoir des sessions courtes et indépendantes les unes des autres.</li></ul>",
        "reuse_conditions": "<p>Le kit et l'application sont sous licence libre et traduisibles ; leur adaptation à une nouvelle langue demande deux locuteurs relecteurs.</p>",
        "phase": "laureate",
        "accompaniment_topic": "mediation_design",
        "themes": ["social_inclusion"],
        "tags": ["co-conception", "plurilinguisme", "personnes exilées"],
        "licence": "cc-by-sa-4.0",
        "related_resources": [
            "kit-premiers-pas-numeriques-plurilingue",
            "application-exercices-hors-ligne-pictos",
        ],
        "evidence_links": [("https://www.refugies.info/", "Réfugiés.info")],
        "update": {
            "change_summary": "Ajout d'une recommandation sur la rémunération des contributeurs",
            "recommendations": "<ul><li>Budgéter l'interprétariat dès la conception.</li><li>Tester chaque pictogramme avec au moins deux groupes linguistiques.</li><li>Prévoir des sessions courtes et indépendantes les unes des autres.</li><li>Reconnaître la contribution des participants (bons d'achat, attestation).</li></ul>",
        },
    },
    {
        "project": "OUTILLER-07",
        "slug": "retex-groupement-employeurs-mediateurs",
        "title": "Mutualiser l'emploi des médiateurs numériques : le groupement d'employeurs en pratique",
        "summary": (
            "Le groupement d'employeurs du Vercors a permis de transformer des contrats courts "
            "en CDI partagés entre tiers-lieux, associations et communes, au prix d'une "
            "gouvernance et d'un planning rigoureux."
        ),
        "context": "<p>À la fin des financements d'amorçage, les structures du Vercors risquaient de perdre leurs médiateurs numériques, chacune ne pouvant financer qu'un à deux jours par semaine.</p>",
        "what_we_tried": "<p>Création d'un groupement d'employeurs porté par la coopérative des tiers-lieux, qui emploie les médiateurs et les met à disposition de ses membres selon un planning annuel et une convention type.</p>",
        "what_worked": "<p>Deux médiateurs ont été embauchés en CDI et les lieux ont conservé une présence régulière. La mutualisation a aussi permis de partager formations et outils entre membres.</p>",
        "what_did_not_work": "<p>L'adhésion des communes a pris plusieurs mois en raison de questions juridiques. Les changements de planning en cours d'année ont créé des tensions entre membres.</p>",
        "recommendations": "<ul><li>Faire valider le montage juridique avant de recruter.</li><li>Arrêter le planning pour l'année scolaire entière.</li><li>Constituer une réserve financière couvrant trois mois de salaires.</li></ul>",
        "reuse_conditions": "<p>Adapté aux territoires où plusieurs petites structures partagent un même besoin ; suppose une structure support capable d'assurer la fonction employeur.</p>",
        "phase": "accompaniment",
        "accompaniment_topic": "human_resources",
        "themes": ["social_inclusion"],
        "tags": ["groupement d'employeurs", "emploi", "pérennisation"],
        "licence": "cc-by-4.0",
        "related_resources": ["modele-convention-mise-a-disposition-mediateur"],
        "evidence_links": [
            (
                "https://www.service-public.fr/professionnels-entreprises",
                "Service-Public.fr – Professionnels",
            )
        ],
        "update": {
            "change_summary": "Ajout d'une recommandation sur le modèle économique",
            "recommendations": "<ul><li>Faire valider le montage juridique avant de recruter.</li><li>Arrêter le planning pour l'année scolaire entière.</li><li>Constituer une réserve financière couvrant trois mois de salaires.</li><li>Intégrer les frais de gestion du groupement dans le coût refacturé.</li></ul>",
        },
    },
    {
        "project": "FORMACTION-01",
        "slug": "retex-formation-action-territoire-laboratoire",
        "title": "Être territoire laboratoire d'une formation-action : accélérer sa feuille de route",
        "summary": (
            "Accueillir la formation-action a permis aux 4B Sud-Charente d'élaborer leur feuille "
            "de route en six mois, en s'appuyant sur les autres collectivités participantes, "
            "mais a demandé une forte disponibilité des élus."
        ),
        "context": "<p>La communauté de communes avait plusieurs actions d'inclusion numérique dispersées, sans vision d'ensemble ni pilotage. Les secrétaires de mairie étaient sollicitées sans y être préparées.</p>",
        "what_we_tried": "<p>Servir de territoire laboratoire : chaque séance de formation-action se concluait par un travail appliqué au territoire, présenté aux autres collectivités lors de la séance suivante.</p>",
        "what_worked": "<p>Les regards croisés des autres collectivités ont aidé à prioriser. Associer les secrétaires de mairie a fait émerger un axe entier de la feuille de route.</p>",
        "what_did_not_work": "<p>Le rythme mensuel a été difficile à tenir pour les élus, souvent absents. Le chiffrage des actions a été fait trop tard, ce qui a retardé l'adoption.</p>",
        "recommendations": "<ul><li>Désigner un élu référent qui s'engage sur toute la durée.</li><li>Chiffrer les actions au fil des séances.</li><li>Associer les agents d'accueil dès le diagnostic.</li></ul>",
        "reuse_conditions": "<p>Pertinent pour une intercommunalité rurale disposant d'au moins un agent dédié à mi-temps pendant la durée de la formation-action.</p>",
        "phase": "accompaniment",
        "accompaniment_topic": "skills",
        "themes": ["social_inclusion", "itinerancy"],
        "tags": ["formation-action", "feuille de route", "ruralité"],
        "licence": "etalab-2.0",
        "related_resources": ["feuille-de-route-inclusion-numerique-4b-sud-charente"],
        "evidence_links": [
            ("https://labase.anct.gouv.fr/", "La Base du numérique d'intérêt général")
        ],
        "update": {
            "change_summary": "Ajout d'une recommandation sur la communication aux communes",
            "recommendations": "<ul><li>Désigner un élu référent qui s'engage sur toute la durée.</li><li>Chiffrer les actions au fil des séances.</li><li>Associer les agents d'accueil dès le diagnostic.</li><li>Présenter la feuille de route dans chaque conseil municipal.</li></ul>",
        },
    },
    {
        "project": "FORMACTION-02",
        "slug": "retex-capitaliser-incubateur-feuille-de-route",
        "title": "Capitaliser sur un incubateur pour bâtir une feuille de route municipale",
        "summary": (
            "La Ville de Chambéry a construit sa feuille de route à partir des projets incubés "
            "par Transistor : un gain de temps et de légitimité, à condition de compléter par "
            "les quartiers et publics que l'incubateur n'avait pas touchés."
        ),
        "context": "<p>Après trois ans d'incubateur, la Ville disposait de nombreux bilans de projets mais pas d'une stratégie d'ensemble. Les associations demandaient une visibilité sur les financements futurs.</p>",
        "what_we_tried": "<p>Une revue systématique des bilans des projets incubés, suivie d'ateliers avec les porteurs pour dégager des enseignements communs et les traduire en priorités municipales.</p>",
        "what_worked": "<p>Les enseignements partagés ont été rapidement appropriés par les élus, car appuyés sur des résultats concrets. Les porteurs se sont reconnus dans la feuille de route.</p>",
        "what_did_not_work": "<p>L'incubateur ne couvrait que certains quartiers : les besoins des seniors du centre-ville et des personnes en situation de handicap sont apparus tardivement. La comparaison entre projets a été gênée par des indicateurs hétérogènes.</p>",
        "recommendations": "<ul><li>Harmoniser quelques indicateurs communs dès le début d'un incubateur.</li><li>Compléter la capitalisation par un diagnostic des publics non touchés.</li><li>Restituer la démarche dans chaque quartier.</li></ul>",
        "reuse_conditions": "<p>Applicable à toute collectivité ayant soutenu plusieurs projets d'inclusion numérique et disposant de leurs bilans.</p>",
        "phase": "laureate",
        "accompaniment_topic": "project_engineering",
        "themes": ["social_inclusion", "participatory_democracy"],
        "tags": ["capitalisation", "politique de la ville", "feuille de route"],
        "licence": "cc-by-4.0",
        "related_resources": ["article-incubateur-feuille-de-route-chambery"],
        "evidence_links": [
            (
                "https://agence-cohesion-territoires.gouv.fr/",
                "Agence nationale de la cohésion des territoires",
            )
        ],
        "update": {
            "change_summary": "Ajout d'une recommandation sur le financement pluriannuel",
            "recommendations": "<ul><li>Harmoniser quelques indicateurs communs dès le début d'un incubateur.</li><li>Compléter la capitalisation par un diagnostic des publics non touchés.</li><li>Restituer la démarche dans chaque quartier.</li><li>Inscrire les actions reprises dans des conventions pluriannuelles.</li></ul>",
        },
    },
]
