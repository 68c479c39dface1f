using System.Net;
using Rdd.Domain;
using Rdd.Domain.Law;
using Rdd.Site.Markup;

namespace Rdd.Site.Pages;

/// <summary>The pages every public site owes its readers: accessibility statement, legal notice, legal framework, site map, 404.</summary>
internal static class InfoPages
{
    /// <summary>The paths of these pages, which no added page may take.</summary>
    public static IReadOnlyList<string> Paths { get; } = [SiteUrls.Accessibility, SiteUrls.LegalNotice, SiteUrls.LegalFramework, SiteUrls.SiteMap, SiteUrls.NotFound];

    public static IEnumerable<PageModel> Build(BuildContext context, IReadOnlyList<PageModel> contentPages)
    {
        var legalNotice = LegalNotice(context);
        var legalFramework = LegalFramework(context);
        var accessibility = Accessibility(context, [.. contentPages, legalNotice, legalFramework]);
        yield return accessibility;
        yield return legalNotice;
        yield return legalFramework;
        yield return SiteMap(context, [.. contentPages, accessibility, legalNotice, legalFramework]);
        yield return new NotFoundPage
        {
            Path = SiteUrls.NotFound,
            Title = "Page introuvable",
            Lead = "L'adresse demandée ne correspond à aucune page de ce rapport. Elle a pu être mal saisie, ou la page a changé d'adresse.",
            Breadcrumb = [context.Home, new Link(string.Empty, "Page introuvable")],
            InSitemap = false,
            HomeHref = context.Urls.Href(SiteUrls.Home),
            SiteMapHref = context.Urls.Href(SiteUrls.SiteMap),
        };
    }

    private static AccessibilityPage Accessibility(BuildContext context, IReadOnlyList<PageModel> pages)
    {
        var settings = context.Site.Accessibility;
        var audited = settings.AuditDate is not null;
        var facts = new List<Fact>
        {
            new("Référentiel", "RGAA 4.1 (référentiel général d'amélioration de l'accessibilité)"),
        };
        if (settings.Rate is { } rate)
        {
            facts.Add(new Fact("Taux de critères respectés", French.Number(rate) + " %"));
        }

        facts.Add(new Fact("Date de l'audit", settings.AuditDate is { } date ? date.ToString("d MMMM yyyy", French.Culture) : "aucun audit n'a encore été réalisé"));
        if (settings.StatementDate is { } established)
        {
            facts.Add(new Fact("Déclaration établie le", established.ToString("d MMMM yyyy", French.Culture)));
        }
        if (settings.Auditor is not null)
        {
            facts.Add(new Fact("Audit réalisé par", settings.Auditor));
        }

        if (settings.MultiYearPlan is not null)
        {
            facts.Add(new Fact("Schéma pluriannuel de mise en accessibilité", settings.MultiYearPlan, IsAddress(settings.MultiYearPlan) ? settings.MultiYearPlan : null));
        }

        if (settings.ActionPlan is not null)
        {
            facts.Add(new Fact("Plan d'actions de l'année", settings.ActionPlan, IsAddress(settings.ActionPlan) ? settings.ActionPlan : null));
        }

        return new AccessibilityPage
        {
            Path = SiteUrls.Accessibility,
            Title = "Déclaration d'accessibilité",
            Breadcrumb = [context.Home, new Link(string.Empty, "Accessibilité")],
            Lead = $"{context.Report.Authority.NameAtSentenceStart} s'engage à rendre ce site accessible conformément à l'article 47 de la loi n°\u00a02005-102 du 11\u00a0février 2005. Cette déclaration d'accessibilité s'applique au site «\u00a0{context.SiteTitle}\u00a0»{(context.Site.Url is { } url ? $" ({url})" : string.Empty)}.",
            Status = audited ? context.AccessibilityStatus : context.AccessibilityStatus + " (aucun audit n'a encore été réalisé)",
            Facts = facts,
            NonAccessible = settings.NonAccessibleContent,
            Technologies = ["HTML5", "CSS", "SVG", "WAI-ARIA"],
            Tools = AuditStatement.Tools(context.Site.Audit),
            PagesLead = AuditStatement.PagesLead(context.Site.Audit),
            PagesTested = AuditStatement.Pages(context, [.. pages.Select(p => LinkTo(context, p)), context.LinkTo(SiteUrls.Accessibility, "Déclaration d'accessibilité"), context.LinkTo(SiteUrls.SiteMap, "Plan du site")]),
            AuditResult = AuditStatement.Result(context.Site.Audit, context.Report.Authority.NameInSentence),
            Contact = settings.Contact ?? context.Site.Contact,
            AuthorityInSentence = context.Report.Authority.NameInSentence,
        };
    }

    /// <summary>A link to a page in the site's own lists (site map, statement): its title, but the full report's link text.</summary>
    private static Link LinkTo(BuildContext context, PageModel page) =>
        context.LinkTo(page.Path, page is FullReportPage ? FullReportPage.LinkText : page.Title);

    private static bool IsAddress(string text) => text.StartsWith("https://", StringComparison.Ordinal) || text.StartsWith("http://", StringComparison.Ordinal);

    private static TextPage LegalNotice(BuildContext context)
    {
        var abbreviations = new AbbreviationScope();
        var body = context.Site.LegalNotice is { } notice
            ? context.Markdown.Render(notice, 2, abbreviations)
            : $"<p>Ce site est édité par {WebUtility.HtmlEncode(context.Report.Authority.NameInSentence)}. Pour toute question, adressez-vous à ses services.</p>";
        return new TextPage
        {
            Path = SiteUrls.LegalNotice,
            Title = "Mentions légales",
            Breadcrumb = [context.Home, new Link(string.Empty, "Mentions légales")],
            Facts =
            [
                new Fact("Éditeur", context.AuthorityName),
                .. context.Report.Authority.Siren is { Length: > 0 } siren ? [new Fact("Numéro SIREN", siren)] : Array.Empty<Fact>(),
                new Fact("Licence des contenus et des données", context.Site.Licence),
                new Fact("Cookies et mesure d'audience", "Ce site ne dépose aucun cookie et ne mesure pas l'audience."),
                new Fact("Ressources externes", "Ce site ne charge aucune ressource d'un autre site : ni police, ni script, ni image."),
                new Fact("Réalisation", "Site généré par Rdd, logiciel libre sous licence MIT."),
            ],
            Body = Html.Raw(body),
        };
    }

    private static readonly string[] ActNames = ["Loi ", "Décret ", "Circulaire ", "Ordonnance ", "Arrêté "];

    /// <summary>
    /// A reference cited after a sentence: « (circulaire du 3 août 2011, NOR DEVD1121712J) » from « Circulaire du 3 août
    /// 2011 (NOR DEVD1121712J) » — the act's name in lower case mid-sentence, and no parentheses inside parentheses.
    /// </summary>
    internal static string InParentheses(string reference)
    {
        var flat = reference.Replace(" (", ", ", StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal);
        var lower = Array.Exists(ActNames, a => flat.StartsWith(a, StringComparison.Ordinal)) ? French.LowerFirst(flat) : flat;
        return "(" + lower + ")";
    }

    /// <summary>« CGCT, art. D3311-8 », followed by its caveat when the provision is not verified.</summary>
    private static string Citation(LegalBasis basis) =>
        basis.Certainty.FrenchCaveat() is { Length: > 0 } caveat ? $"{basis.Reference} : {caveat}" : basis.Reference;

    private static void AppendSummary(System.Text.StringBuilder body, LegalBasis basis)
    {
        body.Append(WebUtility.HtmlEncode(basis.Summary));
        if (basis.Certainty.FrenchCaveat() is { Length: > 0 } caveat)
        {
            body.Append(" <em>(").Append(WebUtility.HtmlEncode(caveat)).Append(")</em>");
        }
    }

    /// <summary>The legal page, written in reading order (the obligation, the contents the law asks for, the texts cited), as a lawyer checks it against the articles.</summary>
    private static TextPage LegalFramework(BuildContext context)
    {
        var report = context.Report;
        var assessment = Obligations.Assess(report.Authority.Kind, report.Authority.Population, report.BudgetYear, report.PresentationDate);
        var body = new System.Text.StringBuilder();
        body.Append("<h2>L'obligation</h2><p>").Append(WebUtility.HtmlEncode(assessment.Verdict)).Append("</p>");
        body.Append("<p>").Append(WebUtility.HtmlEncode(LegalTexts.Circular2011.Summary.TrimEnd('.'))).Append(' ').Append(WebUtility.HtmlEncode(InParentheses(LegalTexts.Circular2011.Reference))).Append(".</p>");
        if (assessment.Requirements.Count > 0)
        {
            body.Append("<h2>Ce que le rapport doit contenir</h2><ul>");
            foreach (var requirement in assessment.Requirements)
            {
                body.Append("<li>").Append(WebUtility.HtmlEncode(requirement.Label));
                if (assessment.BasisOf(requirement) is { } basis)
                {
                    body.Append(" (").Append(WebUtility.HtmlEncode(Citation(basis))).Append(')');
                }

                body.Append(".</li>");
            }

            body.Append("</ul>");
        }

        AppendTexts(body, assessment);
        return new TextPage
        {
            Path = SiteUrls.LegalFramework,
            Title = "Le cadre légal du rapport",
            Breadcrumb = [context.Home, new Link(string.Empty, "Cadre légal")],
            Lead = "Depuis la loi « Grenelle II » du 12 juillet 2010, les grandes collectivités présentent chaque année, avant le débat budgétaire, un rapport sur leur situation en matière de développement durable.",
            Facts =
            [
                new Fact("Collectivité", $"{report.Authority.Name} ({report.Authority.LegalForm ?? report.Authority.Kind.FrenchLabel()}, {French.Number(report.Authority.Population)} habitants)"),
                new Fact("Année du rapport", report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                .. report.Period is { } period ? [new Fact("Période couverte", $"du {LongDate(period.Start)} au {LongDate(period.End)}")] : Array.Empty<Fact>(),
                new Fact("Budget concerné", report.BudgetYear.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                .. report.PresentationDate is { } p ? [new Fact("Présentation à l'assemblée", French.Date(p))] : Array.Empty<Fact>(),
                .. report.BudgetDebateDate is { } d ? [new Fact("Débat budgétaire", French.Date(d))] : Array.Empty<Fact>(),
            ],
            Body = Html.Raw(body.ToString()),
        };
    }

    /// <summary>The texts the page cites, each with its summary and certainty: those of the obligation and of each content, then the founding ones.</summary>
    private static void AppendTexts(System.Text.StringBuilder body, ObligationAssessment assessment)
    {
        body.Append("<h2>Les textes</h2><dl class=\"facts\">");
        var texts = assessment.LegalBases
            .Concat(assessment.Requirements.Select(assessment.BasisOf).OfType<LegalBasis>())
            .Append(LegalTexts.GrenelleIIArticle255)
            .Append(LegalTexts.EnvironmentCodeL110_1)
            .Append(LegalTexts.FrameworkOfReference2006)
            .Distinct();
        foreach (var basis in texts)
        {
            body.Append("<dt>").Append(WebUtility.HtmlEncode(basis.Reference)).Append("</dt><dd>");
            AppendSummary(body, basis);
            if (basis == assessment.Obligation?.Regulatory && assessment.Obligation.FrameworkOfReferenceClause is { } clause)
            {
                // The same article also lets the analysis rest on the 2006 framework, with its own certainty.
                body.Append(' ');
                AppendSummary(body, clause);
            }

            body.Append("</dd>");
        }

        body.Append("</dl>");
    }

    /// <summary>« 1er février 2025 », « 31 janvier 2026 ».</summary>
    private static string LongDate(NodaTime.LocalDate date) =>
        (date.Day == 1 ? "1er" : date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)) + " " + date.ToString("MMMM yyyy", French.Culture);

    private static SitemapPage SiteMap(BuildContext context, IReadOnlyList<PageModel> pages)
    {
        TreeItem Item(PageModel page, IEnumerable<TreeItem>? children = null) =>
            new(LinkTo(context, page), children?.ToList() ?? []);

        var tree = new List<TreeItem>();
        foreach (var page in pages)
        {
            var depth = page.Path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).Length;
            if (depth == 1 || page.Path == SiteUrls.Home)
            {
                var children = pages.Where(p => p.Path != page.Path && p.Path.StartsWith(page.Path, StringComparison.Ordinal) && page.Path != SiteUrls.Home
                        && p.Path.Trim('/').Split('/').Length == 2)
                    .Select(child => Item(child, pages.Where(g => g.Path != child.Path && g.Path.StartsWith(child.Path, StringComparison.Ordinal)).Select(g => Item(g))));
                tree.Add(Item(page, children));
            }
        }

        tree.Add(new TreeItem(new Link(context.Urls.Href(SiteUrls.SiteMap), "Plan du site"), []));
        return new SitemapPage
        {
            Path = SiteUrls.SiteMap,
            Title = "Plan du site",
            Breadcrumb = [context.Home, new Link(string.Empty, "Plan du site")],
            Tree = tree,
        };
    }
}
