using Rdd.Domain.Validation;

namespace Rdd.Site.Content;

/// <summary>The diagnostics of reading a content folder (codes RDD2xxx). Each one points at a file, a line and a column.</summary>
public static class ContentDiagnostics
{
    /// <summary>RDD2001: the content folder does not exist or cannot be read.</summary>
    public static DiagnosticDescriptor FolderMissing { get; } = new("RDD2001", Severity.Error,
        "Dossier de contenu introuvable",
        "La commande lit un dossier de contenu (par défaut : content) qui contient site.yml et un dossier par année.",
        "Vérifiez le chemin indiqué, ou créez un dossier de contenu avec « rdd new ».");

    /// <summary>RDD2002: a required file or folder is missing.</summary>
    public static DiagnosticDescriptor RequiredFileMissing { get; } = new("RDD2002", Severity.Error,
        "Fichier ou dossier obligatoire absent",
        "Le dossier de contenu doit contenir site.yml et au moins un dossier d'année (2024/) avec son rapport.yml.",
        "Créez le fichier ou le dossier indiqué dans le message.");

    /// <summary>RDD2003: a file cannot be read.</summary>
    public static DiagnosticDescriptor FileUnreadable { get; } = new("RDD2003", Severity.Error,
        "Fichier illisible",
        "Le fichier n'a pas pu être lu (droits d'accès, fichier verrouillé ou lien vers l'extérieur du dossier).",
        "Vérifiez les droits du fichier, et qu'il se trouve bien dans le dossier de contenu.");

    /// <summary>RDD2004: a file is not valid UTF-8 text.</summary>
    public static DiagnosticDescriptor BadEncoding { get; } = new("RDD2004", Severity.Error,
        "Encodage non pris en charge",
        "Les fichiers de contenu sont lus en UTF-8, l'encodage des textes français sur le web.",
        "Enregistrez le fichier en « UTF-8 » depuis votre éditeur (menu Enregistrer sous, option Encodage).");

    /// <summary>RDD2005: a file is too large.</summary>
    public static DiagnosticDescriptor FileTooLarge { get; } = new("RDD2005", Severity.Error,
        "Fichier trop volumineux",
        "Un fichier de contenu de plus de 5 Mo est presque toujours une erreur (une image collée dans un texte, un export) ; il n'est pas lu.",
        "Découpez le texte en plusieurs sections, ou placez les images dans des fichiers à part.");

    /// <summary>RDD2010: YAML that cannot be read.</summary>
    public static DiagnosticDescriptor YamlSyntax { get; } = new("RDD2010", Severity.Error,
        "YAML mal formé",
        "Le fichier ne respecte pas la syntaxe YAML (indentation, deux-points, guillemets, tabulations).",
        "Corrigez la ligne indiquée : indentez avec des espaces (jamais de tabulation), mettez un espace après « : », fermez les guillemets. Les guillemets que pose Word (“ ”, « ») ne comptent pas : entourez une valeur qui contient « : » de guillemets droits \"…\".") { Example = """
```yaml
collectivite:
	nom: Ville de Belval      # RDD2010 : une tabulation indente la ligne
  nom: Ville de Belval      # correct : deux espaces
```
""" };

    /// <summary>RDD2011: an unknown key.</summary>
    public static DiagnosticDescriptor UnknownKey { get; } = new("RDD2011", Severity.Error,
        "Clé inconnue",
        "Une clé inconnue est le plus souvent une faute de frappe : l'information qu'elle porte serait perdue sans le dire.",
        "Corrigez le nom de la clé (le message propose le plus proche) ou supprimez-la.") { Example = """
```text
content/site.yml(5,3): error RDD2011: Clé inconnue « popul » dans collectivite. Vouliez-vous dire « population » ?
```
""" };

    /// <summary>RDD2012: a value of the wrong type.</summary>
    public static DiagnosticDescriptor WrongType { get; } = new("RDD2012", Severity.Error,
        "Valeur du mauvais type",
        "Chaque clé attend un type de valeur : un texte, un nombre, une date, une liste.",
        "Écrivez les nombres sans espace et avec un point décimal (12.5), les dates AAAA-MM-JJ, les listes entre crochets [a, b].") { Example = """
```yaml
valeur: 12,5       # RDD2012 : « Utilisez un point décimal : 12.5 »
valeur: 1 850      # RDD2012 : « Écrivez les nombres sans espace : 1850 »
valeur: 2,4 M€     # RDD2012 : « Écrivez le nombre seul, sans unité ni espace, avec un point décimal : 2400000 (ou 2.4 avec « unite: M€ ») »
valeur: 12.5       # correct
date_presentation: 15/01/2026   # RDD2012 : « … : écrivez 2026-01-15 »
```
""" };

    /// <summary>RDD2013: a required key is missing.</summary>
    public static DiagnosticDescriptor MissingKey { get; } = new("RDD2013", Severity.Error,
        "Clé obligatoire absente",
        "Certaines informations sont indispensables au rapport (le nom de la collectivité, l'année, l'identifiant d'un chiffre…).",
        "Ajoutez la clé indiquée.");

    /// <summary>RDD2014: a key written twice.</summary>
    public static DiagnosticDescriptor DuplicateKey { get; } = new("RDD2014", Severity.Error,
        "Clé en double",
        "Une même clé écrite deux fois dans un bloc laisse un doute sur la bonne valeur.",
        "Gardez une seule des deux lignes.");

    /// <summary>RDD2015: a value outside the allowed list.</summary>
    public static DiagnosticDescriptor InvalidValue { get; } = new("RDD2015", Severity.Error,
        "Valeur non reconnue",
        "Cette clé n'accepte qu'une liste fermée de valeurs.",
        "Choisissez une des valeurs proposées dans le message.");

    /// <summary>RDD2020: a front matter not closed.</summary>
    public static DiagnosticDescriptor FrontMatterNotClosed { get; } = new("RDD2020", Severity.Error,
        "En-tête non fermé",
        "L'en-tête d'un fichier Markdown commence par une ligne « --- » et se termine par une autre ligne « --- ».",
        "Ajoutez la ligne « --- » qui ferme l'en-tête, avant le texte.");

    /// <summary>RDD2021: an action heading attribute that cannot be read.</summary>
    public static DiagnosticDescriptor BadAttribute { get; } = new("RDD2021", Severity.Error,
        "Attribut d'action incorrect",
        "Les attributs d'une action s'écrivent en fin de titre, entre accolades : {#identifiant finalites=climat,cohesion avancement=poursuite}.",
        "Corrigez l'attribut indiqué (le message propose le plus proche).");

    /// <summary>RDD2022: an unknown progress code.</summary>
    public static DiagnosticDescriptor UnknownProgress { get; } = new("RDD2022", Severity.Error,
        "Avancement inconnu",
        "L'avancement d'une action est l'un de : lancement, poursuite, renforcement, renouvellement, achevement, projet.",
        "Corrigez le code (le message propose le plus proche).");

    /// <summary>RDD2023: a file or folder the loader does not know, probably misnamed.</summary>
    public static DiagnosticDescriptor UnexpectedFile { get; } = new("RDD2023", Severity.Warning,
        "Fichier non pris en compte",
        "Ce fichier ou dossier ne fait pas partie du format de contenu : il est ignoré.",
        "Renommez-le comme le propose le message, ou déplacez-le hors du dossier de contenu.");

    /// <summary>RDD2024: text where an action was expected, or an action with no title.</summary>
    public static DiagnosticDescriptor MalformedSection { get; } = new("RDD2024", Severity.Error,
        "Section mal construite",
        "Une section contient une introduction facultative puis des actions, chacune introduite par un titre « ## ».",
        "Donnez un titre à chaque action, ou placez le texte avant la première action.");

    /// <summary>RDD2025: an action heading's attribute block not closed, or braces elsewhere in the title.</summary>
    public static DiagnosticDescriptor UnclosedAttributes { get; } = new("RDD2025", Severity.Error,
        "Bloc d'attributs non fermé",
        "Les attributs d'une action s'écrivent à la fin de la ligne de son titre, entre une accolade ouvrante « { » et une accolade fermante « } ». Sans accolade fermante, ou avec du texte après elle, le bloc ne serait pas lu et s'afficherait tel quel dans le titre publié.",
        "Terminez la ligne du titre par « } », et n'écrivez rien après.") { Example = """
```markdown
## Plan vélo {#plan-velo avancement=lancement          <!-- RDD2025 -->
## Plan vélo {#plan-velo avancement=lancement}         <!-- correct -->
```
""" };

    /// <summary>RDD2026: an attribute block written on the line after the heading, or in the text.</summary>
    public static DiagnosticDescriptor DetachedAttributes { get; } = new("RDD2026", Severity.Error,
        "Bloc d'attributs séparé du titre",
        "Un bloc d'attributs n'est lu qu'à la fin de la ligne du titre de l'action. Écrit sur la ligne suivante ou dans le texte, il s'afficherait tel quel sur le site et l'action perdrait ses attributs.",
        "Remontez le bloc à la fin de la ligne du titre, après une espace.") { Example = """
```markdown
## Plan vélo
{#plan-velo avancement=lancement}                      <!-- RDD2026 -->

## Plan vélo {#plan-velo avancement=lancement}         <!-- correct -->
```
""" };

    /// <summary>RDD2027: « ##Titre », hashes not followed by a space, which Markdown does not read as a heading.</summary>
    public static DiagnosticDescriptor HeadingWithoutSpace { get; } = new("RDD2027", Severity.Error,
        "Titre sans espace après les dièses",
        "En Markdown, un titre s'écrit avec une espace entre les dièses et le texte. « ##Titre » n'est pas un titre : l'action ne serait pas créée et « ##Titre » s'afficherait tel quel dans le texte de l'action précédente.",
        "Ajoutez une espace après les dièses : « ## Titre ».") { Example = """
```markdown
##Plan vélo        <!-- RDD2027 -->
## Plan vélo       <!-- correct -->
```
""" };

    /// <summary>RDD2028: an action heading that ends with a colon, probably a label introducing the text below.</summary>
    public static DiagnosticDescriptor HeadingEndsWithColon { get; } = new("RDD2028", Severity.Error,
        "Titre terminé par deux-points",
        "Chaque titre « ## » d'une section commence une nouvelle action. Un titre qui se termine par « : » annonce presque toujours le texte qui suit (« Objectifs : ») : publié, il deviendrait une action à part, sans attributs.",
        "Si ce texte annonce la suite de l'action, écrivez-le sans « ## », par exemple en gras (**Objectifs :**) ; si c'est bien une action, retirez les deux-points.") { Example = """
```markdown
## Objectifs :              <!-- RDD2028 -->
**Objectifs :**             <!-- correct, dans le texte de l'action -->
```
""" };

    /// <summary>RDD2029: an image the Markdown syntax does not read, or whose file name holds spaces.</summary>
    public static DiagnosticDescriptor MalformedImage { get; } = new("RDD2029", Severity.Error,
        "Image mal écrite ou mal nommée",
        "Une image s'écrit ![texte de remplacement](chemin/du/fichier.png). Un chemin qui contient une espace n'est pas lu comme une image : le texte « ![…](…) » s'afficherait tel quel sur le site.",
        "Nommez les fichiers d'image sans espace (des tirets à la place), de préférence en minuscules et sans accent : photo-velo.jpg.") { Example = """
```markdown
![Atelier vélo](../images/Photo vélo.JPG)      <!-- RDD2029 : renommez le fichier « photo-velo.jpg » -->
![Atelier vélo](../images/photo-velo.jpg)      <!-- correct -->
```
""" };

    /// <summary>RDD2035: a section saved in another format than Markdown inside a part folder.</summary>
    public static DiagnosticDescriptor SectionNotMarkdown { get; } = new("RDD2035", Severity.Error,
        "Section enregistrée dans un autre format que .md",
        "Seuls les fichiers .md d'un dossier de partie sont lus. Une section enregistrée en .docx, .doc, .odt, .rtf ou .txt disparaîtrait du rapport sans que rien ne le signale sur le site.",
        "Enregistrez le fichier au format .md (texte brut, encodage UTF-8), sous le nom que propose le message.");

    /// <summary>RDD2036: a section file whose name does not start with a number.</summary>
    public static DiagnosticDescriptor SectionWithoutNumber { get; } = new("RDD2036", Severity.Warning,
        "Section sans numéro d'ordre",
        "Les sections d'une partie sont publiées dans l'ordre du nom de leur fichier : le numéro en tête du nom (01-, 02-…) fixe leur place. Un fichier sans numéro se range après tous les fichiers numérotés.",
        "Ajoutez un numéro en tête du nom du fichier, à la place que la section doit occuper (le message en propose un).");

    /// <summary>RDD2037: a heading, an attribute block or an image indented so far that Markdown reads it as code.</summary>
    public static DiagnosticDescriptor IndentedAsCode { get; } = new("RDD2037", Severity.Error,
        "Texte indenté lu comme du code",
        "En Markdown, une ligne précédée de quatre espaces ou plus (ou d'une tabulation), après une ligne vide, est un bloc de code : elle est publiée telle quelle, en police à chasse fixe. Un titre, un bloc d'attributs ou une image ainsi indentés s'afficheraient tels quels sur le site.",
        "Retirez les espaces ou la tabulation au début de la ligne.") { Example = """
```markdown
    ## Plan vélo {#plan-velo}      <!-- RDD2037 : quatre espaces avant « ## » -->
## Plan vélo {#plan-velo}          <!-- correct -->
```
""" };

    /// <summary>RDD2030: a link whose target may not appear in a public page.</summary>
    public static DiagnosticDescriptor ForbiddenLink { get; } = new("RDD2030", Severity.Error,
        "Lien interdit ou non pris en charge",
        "Un lien javascript:, data: ou file: peut exécuter du code ou pointer vers l'ordinateur du lecteur ; un lien relatif dépend de l'emplacement du fichier et casse une fois publié.",
        "Écrivez une adresse https://, mailto: ou tel:, une ancre (#…) ou un chemin du site commençant par « / ».");

    /// <summary>RDD2031: an image without alternative text.</summary>
    public static DiagnosticDescriptor ImageWithoutAlt { get; } = new("RDD2031", Severity.Error,
        "Image sans texte de remplacement",
        "Une image sans alternative textuelle est invisible pour les lecteurs d'écran (RGAA, critère 1.1) : le site public doit être accessible.",
        "Écrivez entre les crochets ce que montre l'image : ![Carte des pistes cyclables](images/carte.png).") { Example = """
```markdown
![](../images/carte.png)                                  <!-- RDD2031 -->
![Carte des pistes cyclables livrées en 2024](../images/carte.png)   <!-- correct -->
```
""" };

    /// <summary>RDD2032: an image file that does not exist.</summary>
    public static DiagnosticDescriptor ImageMissing { get; } = new("RDD2032", Severity.Error,
        "Image introuvable",
        "Le chemin d'une image est relatif au fichier Markdown qui l'utilise.",
        "Vérifiez le nom du fichier (majuscules comprises) et son dossier.");

    /// <summary>RDD2033: an image outside the content folder, or of another site.</summary>
    public static DiagnosticDescriptor ForbiddenImage { get; } = new("RDD2033", Severity.Error,
        "Image hors du dossier de contenu ou d'un format refusé",
        "Le site ne charge aucune ressource d'un autre site, et ne publie que des fichiers du dossier de contenu, dans un format d'image fixe que tout navigateur affiche : PNG, JPEG, SVG ou WebP. Une image GIF est refusée : souvent animée, elle défilerait sans que le lecteur puisse l'arrêter (RGAA, critère 13.8).",
        "Copiez l'image dans le dossier de l'année (par exemple 2024/images/) et désignez-la par un chemin relatif ; enregistrez une image GIF en PNG.");

    /// <summary>RDD2034: raw HTML in Markdown.</summary>
    public static DiagnosticDescriptor RawHtml { get; } = new("RDD2034", Severity.Error,
        "HTML écrit dans le texte",
        "Le HTML écrit directement dans le Markdown n'est jamais interprété : il pourrait injecter du code dans les pages publiées sous le nom de la collectivité. Rdd le refuse plutôt que de l'afficher tel quel.",
        "Écrivez en Markdown : **gras**, *italique*, listes « - », liens [texte](https://…), tableaux.") { Example = """
```markdown
Voir le <b>plan vélo</b> <script>alert(1)</script>      <!-- RDD2034, deux fois -->
Voir le **plan vélo**                                    <!-- correct -->
```
""" };

    /// <summary>RDD2016: an accent colour too light to be read on white (WCAG 1.4.3, RGAA 3.2).</summary>
    public static DiagnosticDescriptor AccentTooLight { get; } = new("RDD2016", Severity.Error,
        "Couleur d'accent trop peu contrastée",
        "La couleur d'accent sert de couleur des liens et des chiffres sur fond blanc, et de fond au menu, écrit en blanc : elle doit contraster à au moins 4,5:1 avec le blanc (RGAA 3.2, WCAG 1.4.3).",
        "Choisissez une teinte plus foncée de la même couleur ; le message en propose une.");

    /// <summary>RDD2040: an action continues an action the previous year's report does not hold.</summary>
    public static DiagnosticDescriptor UnknownContinuation { get; } = new("RDD2040", Severity.Error,
        "Action de l'année précédente introuvable",
        "L'attribut suite_de relie une action à sa version de l'année précédente, pour que les lecteurs suivent sa continuité d'un rapport à l'autre.",
        "Indiquez l'identifiant d'une action du rapport de l'année précédente (le message propose le plus proche), ou retirez l'attribut.");

    /// <summary>RDD2041: a term replaces a code that is not a term of its taxonomy in the previous year's report.</summary>
    public static DiagnosticDescriptor UnknownReplacedTerm { get; } = new("RDD2041", Severity.Error,
        "Terme remplacé introuvable dans l'année précédente",
        "La clé remplace d'un terme nomme les termes de la même taxonomie, dans le rapport de l'année précédente, qu'il remplace, pour que le site relie les années et qu'une action restée sur l'ancien terme soit signalée.",
        "Indiquez le code d'un terme de la taxonomie du rapport de l'année précédente (le message propose le plus proche), ou retirez-le de la clé remplace.");

    /// <summary>RDD2090: the accessibility statement has no date.</summary>
    public static DiagnosticDescriptor StatementUndated { get; } = new("RDD2090", Severity.Warning,
        "Déclaration d'accessibilité sans date",
        "La déclaration d'accessibilité dit quand elle a été établie : elle est à renouveler après une modification substantielle du site, au bout de trois ans, ou dix-huit mois après une nouvelle version du RGAA. Sans date, le lecteur ne peut pas savoir si elle est encore valable.",
        "Dans site.yml, sous « accessibilite: », indiquez « date_declaration: AAAA-MM-JJ » (ou la date de l'audit, « date_audit: », qui sert alors de date).") { Example = """
```yaml
accessibilite:
  etat: non-conforme
  date_declaration: 2025-11-15
  contact: accessibilite@exemple.fr
```
""" };

    /// <summary>RDD2091: the accessibility statement gives no means of contact.</summary>
    public static DiagnosticDescriptor StatementWithoutContact { get; } = new("RDD2091", Severity.Warning,
        "Déclaration d'accessibilité sans contact",
        "Le RGAA exige que la déclaration d'accessibilité donne un moyen de contact (adresse électronique ou formulaire) pour signaler un défaut d'accessibilité et obtenir le contenu sous une autre forme.",
        "Dans site.yml, indiquez « contact: » sous « accessibilite: » (ou sous « site: », le contact général du site, qui sert alors aussi).");

    /// <summary>RDD2060: a number whose point may be a thousands separator.</summary>
    public static DiagnosticDescriptor AmbiguousNumber { get; } = new("RDD2060", Severity.Warning,
        "Nombre à vérifier : point décimal ou séparateur des milliers ?",
        "En YAML, le point est le séparateur décimal : « 1.850 » se lit 1,85. Écrit en français, ce point sépare souvent les milliers (mille huit cent cinquante) ; le site afficherait alors un nombre mille fois trop petit.",
        "Écrivez 1850 pour mille huit cent cinquante ; pour 1,85, écrivez 1.85 : l'avertissement disparaît.") { Example = """
```yaml
valeur: 1.850      # RDD2060 (avertissement) : lu 1,85
valeur: 1850       # mille huit cent cinquante
valeur: 1.85       # un virgule quatre-vingt-cinq
```
""" };

    /// <summary>RDD2061: bullets pasted from a word processor that cannot be read as a list.</summary>
    public static DiagnosticDescriptor PastedBullets { get; } = new("RDD2061", Severity.Warning,
        "Puces d'un traitement de texte",
        "Un lecteur d'écran annonce une liste et son nombre d'éléments seulement si elle est écrite comme une liste. Les puces « • », « ▪ », « ◦ » ou « – » en début de ligne sont lues comme une liste ; ailleurs dans une ligne, elles restent du texte.",
        "Mettez chaque élément sur sa propre ligne, commençant par « - » suivi d'une espace.") { Example = """
```markdown
Nos priorités : • l'eau • les mobilités       <!-- RDD2061 -->

Nos priorités :
- l'eau
- les mobilités                                <!-- une vraie liste -->
```
""" };

    /// <summary>RDD2080: the financial year of budget-vert.yml is after the report's year.</summary>
    public static DiagnosticDescriptor GreenBudgetYearAfterReport { get; } = new("RDD2080", Severity.Error,
        "Exercice du budget vert postérieur au rapport",
        "L'état «\u00a0Impact du budget pour la transition écologique\u00a0» est annexé au compte administratif ou au compte financier unique d'un exercice clos (loi n° 2023-1322, art. 191)\u00a0: un exercice postérieur à l'année du rapport ne peut pas encore avoir de compte.",
        "Indiquez dans la clé exercice l'année des comptes dont l'état est tiré (d'ordinaire l'année du rapport moins un).");

    /// <summary>RDD2095: a SIRET that is not 14 digits with a valid check key.</summary>
    public static DiagnosticDescriptor MalformedSiret { get; } = new("RDD2095", Severity.Error,
        "Numéro SIRET mal formé",
        "Le SIRET identifie l'établissement qui publie les données : data.gouv.fr et les schémas du socle commun des données locales (SCDL) rangent les données d'un producteur sous ce numéro, et chaque ligne des fichiers CSV des chiffres clés, du budget et des indicateurs le porte. Il compte 14 chiffres, les 9 du SIREN puis les 5 du numéro de l'établissement (NIC), et se termine par une clé de contrôle (algorithme de Luhn) qui détecte un chiffre mal recopié. Un SIRET faux n'est pas publié.",
        "Recopiez les 14 chiffres, sans espace, depuis l'Annuaire des entreprises (annuaire-entreprises.data.gouv.fr) ou l'avis de situation au répertoire SIRENE ; le message dit ce qui ne va pas : la longueur, un caractère qui n'est pas un chiffre ou la clé.") { Example = """
```yaml
collectivite:
  siret: "210 000 006 00010"   # RDD2095 : des espaces
  siret: "2100000060001"       # RDD2095 : 13 chiffres
  siret: "21000000600011"      # RDD2095 : la clé de contrôle ne correspond pas
  siret: "21000000600010"      # correct
```
""" };

    /// <summary>RDD2096: a SIRET whose first 9 digits are not the SIREN given beside it.</summary>
    public static DiagnosticDescriptor SiretNotOfSiren { get; } = new("RDD2096", Severity.Error,
        "SIRET et SIREN discordants",
        "Le SIREN d'une collectivité est formé des 9 premiers chiffres du SIRET de chacun de ses établissements : si les deux numéros ne concordent pas, l'un des deux est faux, et les données publiées désigneraient deux producteurs différents.",
        "Corrigez le numéro qui est faux, ou supprimez « siren: » : Rdd le déduit alors du SIRET.");

    /// <summary>Every content diagnostic, for documentation.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        FolderMissing, RequiredFileMissing, FileUnreadable, BadEncoding, FileTooLarge, YamlSyntax, UnknownKey, WrongType,
        MissingKey, DuplicateKey, InvalidValue, AccentTooLight, FrontMatterNotClosed, BadAttribute, UnknownProgress, UnexpectedFile, MalformedSection,
        UnclosedAttributes, DetachedAttributes, HeadingWithoutSpace, HeadingEndsWithColon, MalformedImage, SectionNotMarkdown, SectionWithoutNumber, IndentedAsCode,
        ForbiddenLink, ImageWithoutAlt, ImageMissing, ForbiddenImage, RawHtml, UnknownContinuation, UnknownReplacedTerm,
        AmbiguousNumber, PastedBullets, StatementUndated, StatementWithoutContact, GreenBudgetYearAfterReport, MalformedSiret, SiretNotOfSiren,
    ];
}
