# Green Customs Field Guide — textes de l'interface, français.
# Format : `key = text`, une par ligne ; `{ $name }` est rempli par l'application.

app-title = Guide de terrain Douanes vertes
loading = Chargement des données de référence…
load-failed = Impossible d'ouvrir les données de référence : { $error }
welcome = Saisissez ce que vous voyez sur l'étiquette, la facture ou la marchandise : un nom, un nom commercial, un CAS RN, un numéro UN, un code HS, un numéro R, une formule ou un nom dans une autre langue.
welcome-keys = Touches : ↓ ↑ choisir un résultat · Enter ouvrir · Esc retour à la recherche · Ctrl+F rechercher depuis n'importe où · Alt+← / Alt+→ précédent et suivant.

# Navigation
nav-back = Précédent (Alt+←)
nav-forward = Suivant (Alt+→)
tab-search = Recherche
tab-saved = Enregistrés
tab-tools = Outils
tab-about = À propos
tab-settings = Paramètres

# Recherche
search-label = Rechercher
search-hint = Nom, nom commercial, CAS, UN, HS, numéro R, formule, 中文, русский…
search-empty = Les résultats s'affichent pendant la saisie.
results-count = { $n } résultats
recent-searches = Recherches récentes
recent-empty = Aucune recherche pour l'instant.
filter-kind = Afficher :
filter-all = Tout
filter-list = Inscrit au titre de :
not-found-title = Rien dans le guide ne correspond.
weak-match-title = Correspondances faibles uniquement.
not-found-body = « Introuvable » ne prouve pas que ce n'est pas contrôlé : la substance ou l'espèce peut relever de l'inscription d'une famille, d'un groupe ou d'un taxon supérieur, ou manquer dans ces données. Vérifiez les documents et consultez le point focal.
not-found-families = Familles et groupes qui pourraient la couvrir :
not-found-no-family = Aucune famille ni aucun groupe ne correspond aux mots de la recherche.

# Types
kind-chemical = Produit chimique
kind-mixture = Mélange
kind-taxon = Espèce
kind-label = Étiquette
rank-kingdom = Règne
rank-phylum = Embranchement
rank-class = Classe
rank-order = Ordre
rank-family = Famille
rank-subfamily = Sous-famille
rank-genus = Genre
rank-species = Espèce
rank-subspecies = Sous-espèce
rank-variety = Variété
rank-population = Population

# Pourquoi un résultat correspond
role-preferred = nom
role-synonym = synonyme
role-trade = nom commercial
role-common = nom commun
role-scientific = nom scientifique
role-abbreviation = abréviation
role-designation = désignation
field-cas = CAS RN
field-ec = Numéro CE
field-un = Numéro UN
field-hs = Code HS
field-refrigerant = Numéro de fluide frigorigène
field-formula = Formule
field-safety-class = Groupe de sécurité (ASHRAE 34)
field-odp = ODP
field-gwp = GWP (100 ans)
field-form = État physique
field-scientific = Nom scientifique
un-class = classe
lang-la = Scientifique (latin)

# Fiche
favourite-add = Ajouter aux favoris
favourite-remove = Retirer des favoris
verdict-controlled = CONTRÔLÉ
verdict-not-listed = AUCUNE INSCRIPTION À UN TRAITÉ ENREGISTRÉE
verdict-not-listed-note = Cette fiche figure dans le guide comme produit d'apparence similaire ou pour référence. L'absence d'inscription ici ne prouve pas que la marchandise peut être librement échangée : vérifiez les documents.
verdict-members = MEMBRES CONTRÔLÉS
verdict-members-note = Ce groupe n'est pas inscrit dans son ensemble, mais { $n } de ses membres le sont (le plus strict : { $listing }). Identifiez l'espèce ou la substance ; traitez la marchandise comme contrôlée jusqu'à preuve du contraire.
valid-as-of = liste en vigueur au { $date }
valid-as-of-unknown = date de validité de la liste non enregistrée
in-force = en vigueur depuis le { $date }
list-annex = Annexe { $list }
list-appendix = Annexe { $list }
list-schedule = Tableau { $list }
list-article-3 = Article 3
listing-inherited = Inscrit par l'intermédiaire de :
listing-excluded = Exclu de l'inscription { $instrument } héritée.
meaning-cites-i = Commerce à des fins commerciales interdit ; un permis d'exportation et un permis d'importation sont tous deux exigés, uniquement à des fins non commerciales.
meaning-cites-ii = Commerce autorisé uniquement avec un permis d'exportation CITES (ou un certificat de réexportation) délivré par le pays d'exportation.
meaning-cites-iii = Le commerce exige un permis d'exportation CITES délivré par le pays qui a inscrit l'espèce, ou un certificat d'origine délivré par tout autre pays.
meaning-montreal-a = Substance qui appauvrit la couche d'ozone (CFC, halons) : production et consommation éliminées ; toute importation et toute exportation exigent une licence.
meaning-montreal-b = Substance qui appauvrit la couche d'ozone (autres CFC, tétrachlorure de carbone, méthylchloroforme) : éliminée ; toute importation et toute exportation exigent une licence.
meaning-montreal-c = Substance qui appauvrit la couche d'ozone (HCFC, HBFC, bromochlorométhane) : en cours d'élimination ; les importations et exportations exigent une licence et sont imputées sur les quotas.
meaning-montreal-e = Bromure de méthyle : éliminé, sauf pour la quarantaine et les traitements préalables à l'expédition et les utilisations faisant l'objet d'une dérogation ; les importations et exportations exigent une licence.
meaning-montreal-f = HFC soumis à la réduction progressive de Kigali : les importations et exportations exigent une licence et sont imputées sur des quotas en équivalent CO2.
meaning-stockholm-a = Polluant organique persistant à éliminer : importation et exportation uniquement en vue d'une élimination écologiquement rationnelle ou au titre d'une dérogation enregistrée.
meaning-stockholm-b = Polluant organique persistant limité à des buts acceptables ou à des dérogations spécifiques ; commerce uniquement à ces fins ou en vue de l'élimination.
meaning-stockholm-c = Polluant organique persistant formé de façon non intentionnelle ; les rejets doivent être réduits.
meaning-rotterdam-iii = Consentement préalable en connaissance de cause : exportation uniquement si le pays importateur a donné son accord ; vérifiez sa décision d'importation et la notification d'exportation.
meaning-cwc-1 = Arme chimique ou précurseur proche : transferts uniquement entre États parties, à des fins de recherche, médicales, pharmaceutiques ou de protection, notifiés à l'avance.
meaning-cwc-2 = Précurseur d'armes chimiques : aucun transfert vers des États non parties ni en provenance de ceux-ci ; déclaré à l'autorité nationale.
meaning-cwc-3 = Précurseur d'armes chimiques produit en grandes quantités : les transferts vers des États non parties exigent un certificat d'utilisation finale.
meaning-minamata-a = Produit contenant du mercure ajouté : fabrication, importation et exportation non autorisées après la date d'abandon définitif, sauf dérogation.
meaning-minamata-art3 = Mercure ou composé du mercure : exportation uniquement avec le consentement écrit du pays importateur, pour une utilisation autorisée ou un stockage.
section-safety = Sécurité
section-checks = Points à vérifier
section-red-flags = Signaux d'alerte
section-pictures = Photos et étiquettes
section-label = Ce que signifie l'étiquette
label-how-to-read = Comment la lire
section-summary = Présentation
section-identifiers = Identifiants
section-composition = Composition (% en masse)
section-related = Fiches liées
section-names = Noms
section-note = Ce qui n'est pas connu
section-sources = Sources
related-parents = Fait partie de :
related-members = Membres :
related-used-in = Dans les mélanges :
related-labels = Étiquettes :
related-label-links = Concerne :
related-more = et { $n } de plus
check-hs = Code HS de la déclaration cohérent avec { $codes }.
check-cites-permit = Permis ou certificat CITES présent, original, valide et correspondant à l'espèce, à la quantité et aux parties.
copy = Copier
copy-value = Copier { $value }
photo-credit = Photo : { $credit } · licence { $licence }
picture-enlarge = Cliquer pour agrandir
picture-failed = Image non disponible : { $why }
source-consulted = consulté le { $date }
not-listed = non inscrit

# Fenêtre d'image
zoom-in = Agrandir
zoom-out = Réduire
close = Fermer

# Outils
tool-hs = Recherche par code HS
tool-blend = Calculateur de mélanges
tool-list = Vérifier une liste
tool-hs-help = Tout ce qui est contrôlé et classé dans un code HS ou en dessous (chapitre, position ou sous-position).
tool-hs-input = Code HS
tool-hs-example = p. ex. 2903.77
tool-hs-invalid = Saisissez 2 à 6 chiffres, par exemple 29, 2903 ou 2903.77.
tool-hs-none = Aucun produit contrôlé n'est enregistré sous ce code. Ce n'est pas la preuve qu'il n'est pas contrôlé : vérifiez la marchandise et les documents.
tool-blend-help = Composants d'un mélange de fluides frigorigènes pour une masse donnée, avec les tonnes ODP et les tonnes d'équivalent CO2.
tool-blend-input = Mélange
tool-blend-mass = Masse (kg)
tool-blend-example = p. ex. R-404A
tool-mass-example = p. ex. 13.6
tool-blend-unknown = Aucun mélange n'est enregistré sous ce nom ou ce numéro.
tool-blend-for = dans { $kg } kg
tool-blend-odp = ODP du mélange { $odp } · { $t } tonnes ODP
tool-blend-gwp = GWP du mélange { $gwp } · { $t } tonnes d'équivalent CO2
tool-blend-gwp-unknown = GWP non enregistré pour : { $names } (exclus des chiffres en équivalent CO2).
tool-list-help = Collez un manifeste ou une facture, un article par ligne (nom, CAS RN, code HS ou texte). Chaque ligne est comparée aux fiches contrôlées.
tool-list-input = Articles déclarés
tool-list-example = p. ex. réfrigérant CFC-12 13.6 kg · écailles de pangolin 20 kg · 75-71-8 (un article par ligne)
tool-list-check = Vérifier la liste (Ctrl+Enter)
tool-list-summary = { $lines } lignes vérifiées · { $controlled } peut-être contrôlées
status-controlled = CONTRÔLÉ
status-not-controlled = non inscrit
status-no-match = aucune correspondance — ne prouve pas que ce n'est pas contrôlé
confidence-high = confiance élevée
confidence-medium = confiance moyenne
confidence-low = confiance faible
col-component = Composant
col-mass-pct = % en masse
col-kg = kg
col-odp = ODP
col-gwp = GWP
col-controlled = Contrôlé au titre de

# Enregistrés
favourites = Favoris
favourites-empty = Aucun favori pour l'instant : ouvrez une fiche et appuyez sur ☆.
favourite-missing = { $id } (ne figure plus dans les données)

# À propos
about-purpose = Un ouvrage de référence hors ligne pour les agents des douanes et leurs formateurs sur les produits chimiques et les espèces contrôlés par les accords multilatéraux sur l'environnement.
about-offline = Fonctionne entièrement hors ligne : rien n'est envoyé ni récupéré par un réseau.
about-data = Données de référence
about-version = Version des données { $version } · { $n } fiches
col-instrument = Instrument
col-valid-as-of = Listes en vigueur au
col-note = Remarque
about-photos = Crédits photo
about-sources = Sources ({ $n })

# Paramètres
settings-language = Langue
settings-theme = Thème
theme-light = Clair, contraste élevé (plein soleil)
theme-dark = Sombre
settings-scale = Taille du texte et des boutons
settings-scale-custom = Personnalisée :
settings-fonts = Polices
font-loading = Recherche d'une police chinoise…
font-loaded = Le texte chinois utilise la police système { $path }.
font-missing = Aucune police chinoise n'a été trouvée sur cet ordinateur : les noms chinois s'affichent sous forme de carrés. Installez Noto Sans CJK, Droid Sans Fallback ou WenQuanYi (sous Debian ou Ubuntu : fonts-noto-cjk). Tout le reste fonctionne.

# Barre d'état
status-data = données { $version } · { $n } fiches
status-offline = hors ligne ✓
user-data-unavailable = ⚠ Impossible d'enregistrer les favoris et les paramètres (survolez pour savoir pourquoi)
