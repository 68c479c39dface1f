namespace Rdd.Site.Docs;

/// <summary>
/// Where each problem is fixed, in the content files that <c>rdd</c> reads and in a report built in C# or read from
/// JSON (the property concerned): every generated diagnostics page says both, after the descriptor's own advice.
/// </summary>
internal static class DiagnosticFixes
{
    private const string ContentOnly = "rien à faire : ce contrôle porte sur les fichiers de contenu lus par `rdd` ; un rapport construit en C# (Rdd.Domain) ou lu en JSON ne le produit pas.";
    private const string SiteOnly = "rien à faire : ce contrôle porte sur le site produit par `rdd build` ; un rapport construit en C# ou lu en JSON ne le produit pas.";
    private const string ImportOnly = "rien à faire : ce contrôle porte sur l'import d'un document Word par `rdd import` ; un rapport construit en C# ou lu en JSON ne le produit pas.";

    private static readonly Dictionary<string, (string Content, string Model)> ByCode = new(StringComparer.Ordinal)
    {
        ["RDD1001"] = ("le dossier de la partie (`partie-1`, `partie-2` ou `partie-3` de l'année), avec au moins un fichier de section qui contient une action (« ## … »).",
            "une partie de ce type dans « parts » (`Report.Parts`, `Part.Kind`), dont une section (« sections », `Part.Sections`) a au moins une action (« actions », `Section.Actions`)."),
        ["RDD1002"] = ("l'attribut `elements=` d'une action de la partie 3, ou la clé `elements` de l'en-tête de sa section ; l'explication, dans l'introduction de la partie.",
            "« governanceElements » d'une action (`ReportAction.GovernanceElements`) ou « defaultGovernanceElements » de sa section (`Section.DefaultGovernanceElements`) ; l'explication, dans « introduction » de la partie (`Part.Introduction`)."),
        ["RDD1003"] = ("l'attribut `finalites=` du titre de l'action, ou la clé `finalites` de l'en-tête de la section.",
            "« finalities » de l'action (`ReportAction.Finalities`) ou « defaultFinalities » de sa section (`Section.DefaultFinalities`)."),
        ["RDD1004"] = ("les attributs `finalites=` des actions et les clés `finalites` des en-têtes de section ; l'explication, dans l'introduction de la partie.",
            "« finalities » des actions (`ReportAction.Finalities`), « defaultFinalities » des sections (`Section.DefaultFinalities`) ; l'explication, dans « introduction » de la partie (`Part.Introduction`)."),
        ["RDD1005"] = ("un titre d'action (« ## … ») dans le fichier de la section, ou la suppression du fichier.",
            "« actions » de la section (`Section.Actions`, ou `Report.AddAction(idSection, action)`), ou la section retirée de « sections » (`Part.Sections`)."),
        ["RDD1006"] = ("l'identifiant `{#…}` en fin de titre, ou la clé `id` du fichier YAML concerné.",
            "la propriété « id » de l'élément (`Section.Id`, `ReportAction.Id`, `KeyFigure.Id`, `BudgetLine.Id`, `Indicator.Id`, `Taxonomy.Id`…)."),
        ["RDD1007"] = ("la clé `population` de `site.yml`.",
            "« population » de « authority » (`Authority.Population`)."),
        ["RDD1008"] = ("le texte du titre « # … » (section) ou « ## … » (action).",
            "« title » de la section ou de l'action (`Section.Title`, `ReportAction.Title`)."),
        ["RDD1010"] = ("l'identifiant `{#…}` en fin de titre, ou la clé `id` du fichier YAML concerné.",
            "la propriété « id » de l'un des deux éléments (`Section.Id`, `ReportAction.Id`, `KeyFigure.Id`, `BudgetLine.Id`, `Indicator.Id`, `Taxonomy.Id`…)."),
        ["RDD1011"] = ("l'attribut `finalites=` de l'action, la clé `finalites` de l'en-tête de la section ou celle d'un indicateur.",
            "« finalities » (`ReportAction.Finalities`, `Indicator.Finalities`) ou « defaultFinalities » (`Section.DefaultFinalities`) ; les codes sont ceux de `Finalities.All`."),
        ["RDD1012"] = ("l'attribut `elements=` de l'action, ou la clé `elements` de l'en-tête de la section.",
            "« governanceElements » (`ReportAction.GovernanceElements`) ou « defaultGovernanceElements » (`Section.DefaultGovernanceElements`) ; les codes sont ceux de `GovernanceElements.All`."),
        ["RDD1013"] = ("l'attribut `termes=` ou `odd=` de l'action, ou la clé `termes` de l'en-tête de la section ; les termes, dans le fichier de la taxonomie (`strategie/`).",
            "« terms » (`ReportAction.Terms`) ou « defaultTerms » (`Section.DefaultTerms`), faits de « taxonomy » et « code » (`TermReference`) ; les termes, dans « taxonomies » (`Report.Taxonomies`, `Taxonomy.Terms`)."),
        ["RDD1014"] = ("l'attribut `chiffres=` de l'action, ou le fichier `chiffres-cles.yml` de l'année.",
            "« figures » de l'action (`ReportAction.Figures`), ou « keyFigures » du rapport (`Report.KeyFigures`, `KeyFigure.Id`)."),
        ["RDD1015"] = ("l'attribut `elements=` de l'action, ou la clé `elements` de l'en-tête de sa section.",
            "« governanceElements » de l'action (`ReportAction.GovernanceElements`) ou « defaultGovernanceElements » de sa section (`Section.DefaultGovernanceElements`)."),
        ["RDD1016"] = ("la clé `parent` du terme, dans le fichier de la taxonomie (`strategie/`).",
            "« parent » du terme (`Term.Parent`), dans « taxonomies » (`Report.Taxonomies`)."),
        ["RDD1018"] = ("l'attribut `termes=` de l'action, ou la clé `termes` de l'en-tête de la section.",
            "« terms » (`ReportAction.Terms`) ou « defaultTerms » (`Section.DefaultTerms`) : la référence (`TermReference`) au terme qui remplace l'ancien."),
        ["RDD1020"] = ("le montant de la ligne, dans `budget.yml`.",
            "« operating » ou « investment » de la ligne (« budget », « lines » : `BudgetLine.Operating`, `BudgetLine.Investment`), ou `BudgetAmount.NotGiven(note)` pour un montant inconnu."),
        ["RDD1021"] = ("la valeur du chiffre clé, dans `chiffres-cles.yml`.",
            "« value » et « change » du chiffre clé (« keyFigures » : `KeyFigure.Value`, `KeyFigure.Change`)."),
        ["RDD1022"] = ("le montant et sa note, dans `budget.yml`.",
            "« operating » ou « investment » de la ligne (`BudgetLine.Operating`, `BudgetLine.Investment`) : « euros », ou « notGiven » avec sa « note »."),
        ["RDD1023"] = ("les montants des lignes et les totaux, dans `budget.yml`.",
            "les montants des lignes (« budget », « lines ») et les totaux déclarés (« statedTotal », « statedOperatingTotal », « statedInvestmentTotal » : `BudgetLine.StatedTotal`, `Budget.StatedOperatingTotal`, `Budget.StatedInvestmentTotal`)."),
        ["RDD1024"] = ("le montant de la ligne, dans `budget.yml`.",
            "« operating » ou « investment » de la ligne (`BudgetLine.Operating`, `BudgetLine.Investment`) ; `BudgetAmount.NotGiven(note)` s'il n'est pas connu."),
        ["RDD1025"] = ("le montant de la ligne, dans `budget.yml`.",
            "« operating » ou « investment » de la ligne (`BudgetLine.Operating`, `BudgetLine.Investment`) ; `BudgetAmount.NotGiven(note)` s'il n'est pas connu."),
        ["RDD1026"] = ("la valeur et la clé `evolution`, dans `chiffres-cles.yml`.",
            "« value » et « change » du chiffre clé (`KeyFigure.Value`, `KeyFigure.Change`)."),
        ["RDD1030"] = ("`date_presentation` et `date_debat_budgetaire`, dans `rapport.yml`.",
            "« presentationDate » et « budgetDebateDate » (`Report.PresentationDate`, `Report.BudgetDebateDate`)."),
        ["RDD1031"] = ("l'année, la période et l'année du budget, dans `rapport.yml` et `budget.yml`.",
            "« year », « period » et « budget.year » (`Report.Year`, `Report.Period`, `Budget.Year`)."),
        ["RDD1032"] = ("l'année du budget, dans `rapport.yml`.",
            "« budgetYear » (`Report.BudgetYear`)."),
        ["RDD1040"] = ("la nature et la population de la collectivité, dans `site.yml`.",
            "« authority » : « kind » et « population » (`Authority.Kind`, `Authority.Population`)."),
        ["RDD1041"] = ("le fichier `numerique-responsable.md` de l'année ; `date_presentation` dans `rapport.yml`.",
            "« digitalStrategyReview » (`Report.DigitalStrategyReview`) ; « presentationDate » (`Report.PresentationDate`)."),
        ["RDD1042"] = ("l'attribut `odd=` ou `termes=odd:…` des actions.",
            "« terms » des actions ou « defaultTerms » des sections, avec la taxonomie `odd` (`new TermReference(\"odd\", \"13\")`)."),
        ["RDD1043"] = ("l'attribut `avancement=projet` des actions concernées.",
            "« progress » des actions (`ReportAction.Progress = Progress.Planned`)."),
        ["RDD1060"] = ("le contenu d'exemple (identifiants commençant par « exemple- ») dans les fichiers de l'année.",
            "les éléments dont la propriété « id » commence par « exemple- » (`Section.Id`, `ReportAction.Id`…)."),
        ["RDD1070"] = ("le montant de la ligne ou du total, dans `budget-vert.yml`.",
            "« amount » de la ligne ou « euros » du total (« greenBudget » : `GreenBudgetLine.Amount`, `GreenBudget.StatedTotals`)."),
        ["RDD1071"] = ("la cotation de la ligne sur l'axe indiqué, dans `budget-vert.yml`.",
            "« ratings » de la ligne (`GreenBudgetLine.Ratings` : « axis » et « rating »)."),
        ["RDD1072"] = ("les lignes et le total, dans `budget-vert.yml`.",
            "« lines » et « statedTotals » (`GreenBudget.Lines`, `GreenBudget.StatedTotals`)."),
        ["RDD1073"] = ("le fichier `budget-vert.yml` de l'année.",
            "« greenBudget » (`Report.GreenBudget`)."),
        ["RDD1074"] = ("l'identifiant de la ligne, dans `budget-vert.yml`.",
            "« id » de la ligne (`GreenBudgetLine.Id`)."),
        ["RDD1075"] = ("la cotation de la ligne, dans `budget-vert.yml`.",
            "« ratings » de la ligne (`GreenBudgetLine.Ratings`) : un seul « rating » par « axis »."),
        ["RDD1090"] = ("rien à faire : ce contrôle porte sur la lecture du JSON d'un rapport.",
            "le fichier JSON, à la ligne et à la colonne indiquées (`ReportJson.Deserialize`)."),
        ["RDD1091"] = ("rien à faire : ce contrôle porte sur la lecture du JSON d'un rapport.",
            "la propriété au chemin JSON indiqué (lue avec `JsonReadMode.Tolerant`)."),
        ["RDD9999"] = ("rien à corriger dans le contenu, sauf si le message désigne un élément.",
            "rien à corriger dans le rapport ; la règle (`IReportRule`) ajoutée par l'extension est à corriger."),
    };

    /// <summary>The two places to fix the problem, as a Markdown paragraph pair.</summary>
    /// <param name="code">The diagnostic's code.</param>
    /// <returns>The Markdown text.</returns>
    public static string For(string code)
    {
        var (content, model) = ByCode.TryGetValue(code, out var known)
            ? known
            : code[3] switch
            {
                '2' => ("à l'endroit indiqué par le message (fichier, ligne, clé).", ContentOnly),
                '3' => ("à l'endroit indiqué par le message.", SiteOnly),
                '4' => ("le document Word, avant de l'importer de nouveau.", ImportOnly),
                _ => ("à l'endroit indiqué par le message.", "la propriété de l'élément indiqué par le message."),
            };
        return $"- **Dans les fichiers de contenu :** {content}\n- **En JSON ou en C# :** {model}";
    }
}
