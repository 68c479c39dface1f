using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Rdd.Site.Tests.Site;

/// <summary>
/// The HTML of every page of both built sites (the default content and the fictional commune): document language,
/// titles, headings, skip link, landmarks, breadcrumb, links, footer, CSP-compatible markup, ids, images and tables.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class SiteStructureTests(BuiltSitesFixture sites)
{
    public static TheoryData<string> Sites => new() { BuiltSitesFixture.Default, BuiltSitesFixture.Fixture };

    private const string Home = "index.html";
    private const string NotFound = "404.html";

    [Theory, MemberData(nameof(Sites))]
    public void EveryPage_IsInFrench(string name) =>
        PageAssert.NoProblems(sites[name], "<html lang=\"fr\">", (_, doc) =>
            doc.DocumentElement.GetAttribute("lang") == "fr" ? [] : [$"lang is « {doc.DocumentElement.GetAttribute("lang")} »"]);

    [Theory, MemberData(nameof(Sites))]
    public void EveryPage_HasANonEmptyTitleUniqueAcrossTheSite(string name)
    {
        var site = sites[name];
        var byTitle = site.Pages.GroupBy(p => Normalize(p.Value.Title ?? string.Empty)).ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToList());
        PageAssert.NoProblems(site, "non-empty unique <title>", (path, doc) =>
        {
            var title = Normalize(doc.Title ?? string.Empty);
            if (title.Length == 0)
            {
                return ["empty or missing <title>"];
            }

            var same = byTitle[title].Where(p => p != path).ToList();
            return same.Count == 0 ? [] : [$"title « {title} » also used by {string.Join(", ", same)}"];
        });
    }

    [Theory, MemberData(nameof(Sites))]
    public void EveryPage_HasExactlyOneH1(string name) =>
        PageAssert.NoProblems(sites[name], "exactly one h1", (_, doc) =>
        {
            var h1 = doc.QuerySelectorAll("h1");
            return h1.Length == 1 && Normalize(h1[0].TextContent).Length > 0 ? [] : [$"{h1.Length} h1 element(s)" + (h1.Length == 1 ? " (empty)" : string.Empty)];
        });

    [Theory, MemberData(nameof(Sites))]
    public void HeadingLevels_StartAtH1AndNeverSkip(string name) =>
        PageAssert.NoProblems(sites[name], "heading levels", (_, doc) =>
        {
            var problems = new List<string>();
            var previous = 0;
            foreach (var heading in doc.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            {
                var level = heading.LocalName[1] - '0';
                if (previous == 0 && level != 1)
                {
                    problems.Add($"the first heading is h{level} « {Short(heading.TextContent)} », not h1");
                }
                else if (level > previous + 1 && previous > 0)
                {
                    problems.Add($"h{previous} → h{level} at « {Short(heading.TextContent)} »");
                }

                previous = level;
            }

            return problems;
        });

    [Theory, MemberData(nameof(Sites))]
    public void Headings_InsideATitledSection_AreBelowItsTitle(string name) =>
        PageAssert.NoProblems(sites[name], "headings under their section's title", (_, doc) =>
        {
            var problems = new List<string>();
            foreach (var section in doc.QuerySelectorAll("section[aria-labelledby], article[aria-labelledby]"))
            {
                var title = doc.GetElementById(section.GetAttribute("aria-labelledby")!.Split(' ')[0]);
                if (title is null || title.LocalName is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6"))
                {
                    continue;
                }

                var level = title.LocalName[1] - '0';
                problems.AddRange(section.QuerySelectorAll("h1, h2, h3, h4, h5, h6")
                    .Where(h => h != title && h.LocalName[1] - '0' <= level)
                    .Select(h => $"{h.LocalName} « {Short(h.TextContent)} » inside the {title.LocalName} section « {Short(title.TextContent)} »"));
            }

            return problems;
        });

    [Theory, MemberData(nameof(Sites))]
    public void FirstFocusableElement_IsASkipLinkToTheMainContent(string name) =>
        PageAssert.NoProblems(sites[name], "skip link", (_, doc) =>
        {
            var first = doc.QuerySelectorAll("a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex]")
                .FirstOrDefault(e => e.GetAttribute("tabindex") is not { } t || !t.StartsWith('-'));
            var problems = new List<string>();
            if (first is null || first.LocalName != "a" || first.GetAttribute("href") != "#contenu")
            {
                problems.Add($"the first focusable element is {Describe(first)}, not <a href=\"#contenu\">");
            }

            var target = doc.GetElementById("contenu");
            if (target is null || target.LocalName != "main")
            {
                problems.Add($"#contenu is {Describe(target)}, not <main>");
            }

            return problems;
        });

    [Theory, MemberData(nameof(Sites))]
    public void EveryPage_HasEachLandmarkOnce(string name) =>
        PageAssert.NoProblems(sites[name], "landmarks", (_, doc) =>
        {
            var problems = new List<string>();
            // header and footer are landmarks only when not inside sectioning content or main.
            bool TopLevel(IElement e) => e.Ancestors<IElement>().All(a => a.LocalName is not ("article" or "aside" or "main" or "nav" or "section"));
            var headers = doc.QuerySelectorAll("header").Where(TopLevel).Count() + doc.QuerySelectorAll("[role=banner]").Length;
            var footers = doc.QuerySelectorAll("footer").Where(TopLevel).Count() + doc.QuerySelectorAll("[role=contentinfo]").Length;
            var mains = doc.QuerySelectorAll("main, [role=main]").Length;
            var menus = doc.QuerySelectorAll("nav.main-nav").Length;
            if (headers != 1)
            {
                problems.Add($"{headers} banner landmarks (header)");
            }

            if (mains != 1)
            {
                problems.Add($"{mains} main landmarks");
            }

            if (footers != 1)
            {
                problems.Add($"{footers} contentinfo landmarks (footer)");
            }

            if (menus != 1)
            {
                problems.Add($"{menus} main menus (nav.main-nav)");
            }

            var navs = doc.QuerySelectorAll("nav").ToList();
            problems.AddRange(navs.Where(n => string.IsNullOrWhiteSpace(n.GetAttribute("aria-label")) && n.GetAttribute("aria-labelledby") is null)
                .Select(n => $"a nav without aria-label: {Describe(n)}"));
            problems.AddRange(navs.Select(n => n.GetAttribute("aria-label")).OfType<string>().GroupBy(l => l).Where(g => g.Count() > 1)
                .Select(g => $"{g.Count()} nav elements labelled « {g.Key} »"));
            return problems;
        });

    [Theory, MemberData(nameof(Sites))]
    public void EveryPageButHome_HasABreadcrumbEndingWithTheCurrentPage(string name) =>
        PageAssert.NoProblems(sites[name], "breadcrumb", (path, doc) =>
        {
            var crumbs = doc.QuerySelectorAll("nav.breadcrumb");
            if (path == Home)
            {
                return crumbs.Length == 0 ? [] : ["the home page has a breadcrumb"];
            }

            if (crumbs.Length != 1)
            {
                return [$"{crumbs.Length} breadcrumbs"];
            }

            var items = crumbs[0].QuerySelectorAll("li");
            var problems = new List<string>();
            if (items.Length < 2)
            {
                problems.Add($"{items.Length} breadcrumb item(s)");
            }
            else if (items[^1].GetAttribute("aria-current") != "page" || items[^1].QuerySelector("a") is not null)
            {
                problems.Add("the last breadcrumb item is not the current page (aria-current=\"page\", no link)");
            }

            if (items.Length > 0 && items[0].QuerySelector("a")?.GetAttribute("href") != sites[name].BasePath)
            {
                problems.Add("the breadcrumb does not start with a link to the home page");
            }

            return problems;
        });

    [Theory, MemberData(nameof(Sites))]
    public void EveryInternalLinkAndAnchor_Resolves(string name)
    {
        var site = sites[name];
        PageAssert.NoProblems(site, "internal links", (path, doc) =>
        {
            var problems = new List<string>();
            foreach (var (element, attribute, address) in Addresses(doc))
            {
                var (isInternal, file, fragment) = site.Resolve(path, address);
                if (!isInternal)
                {
                    continue;
                }

                if (file is null)
                {
                    problems.Add($"<{element.LocalName} {attribute}=\"{address}\">: no such file");
                }
                else if (fragment is { Length: > 0 } && (!site.Pages.TryGetValue(file, out var target) || target.GetElementById(fragment) is null))
                {
                    problems.Add($"<{element.LocalName} {attribute}=\"{address}\">: no element with id « {fragment} » in {file}");
                }
            }

            // Same-document references of ARIA attributes and SVG.
            foreach (var element in doc.QuerySelectorAll("[aria-labelledby], [aria-describedby], [aria-controls], label[for]"))
            {
                foreach (var attribute in new[] { "aria-labelledby", "aria-describedby", "aria-controls", "for" })
                {
                    foreach (var id in (element.GetAttribute(attribute) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (doc.GetElementById(id) is null)
                        {
                            problems.Add($"{attribute}=\"{id}\" on {Describe(element)}: no such id");
                        }
                    }
                }
            }

            return problems;
        });
    }

    [Theory, MemberData(nameof(Sites))]
    public void EveryPage_IsReachableFromTheHomePage(string name)
    {
        var site = sites[name];
        var seen = new HashSet<string>(StringComparer.Ordinal) { Home };
        var queue = new Queue<string>([Home]);
        while (queue.TryDequeue(out var page))
        {
            foreach (var link in site.Pages[page].QuerySelectorAll("a[href]"))
            {
                var (isInternal, file, _) = site.Resolve(page, link.GetAttribute("href")!);
                if (isInternal && file is not null && site.Pages.ContainsKey(file) && seen.Add(file))
                {
                    queue.Enqueue(file);
                }
            }
        }

        // The 404 page is served by the host for unknown addresses; nothing links to it.
        var unreachable = site.Pages.Keys.Where(p => p != NotFound && !seen.Contains(p)).Order(StringComparer.Ordinal).ToList();
        Assert.True(unreachable.Count == 0, $"{name}: {unreachable.Count} page(s) not reachable from {Home} by following links:\n  {string.Join("\n  ", unreachable)}");
    }

    [Theory, MemberData(nameof(Sites))]
    public void HomePage_StatesTheAccessibilityCompliance(string name)
    {
        var text = Normalize(sites[name].Page(Home).Body!.TextContent);
        Assert.Matches(new Regex("Accessibilité : (totalement conforme|partiellement conforme|non conforme)"), text);
    }

    [Theory, MemberData(nameof(Sites))]
    public void EveryFooter_LinksToTheAccessibilityStatement(string name)
    {
        var site = sites[name];
        var statement = site.BasePath + "accessibilite/";
        PageAssert.NoProblems(site, "footer link to the accessibility statement", (_, doc) =>
        {
            var footer = doc.QuerySelector("footer");
            if (footer is null)
            {
                return ["no footer"];
            }

            var link = footer.QuerySelectorAll("a[href]").FirstOrDefault(a => a.GetAttribute("href") == statement);
            if (link is null)
            {
                return [$"no link to {statement} in the footer"];
            }

            return Regex.IsMatch(Normalize(link.TextContent), "^Accessibilité : (totalement|partiellement|non) conforme$")
                ? []
                : [$"the link reads « {Normalize(link.TextContent)} »"];
        });
    }

    [Theory, MemberData(nameof(Sites))]
    public void EveryPage_HasNoInlineStyleOrScriptAndLoadsNothingFromAnotherOrigin(string name) =>
        PageAssert.NoProblems(sites[name], "CSP-compatible markup", (_, doc) =>
        {
            var problems = new List<string>();
            problems.AddRange(doc.QuerySelectorAll("[style]").Select(e => $"style attribute on {Describe(e)}"));
            problems.AddRange(doc.QuerySelectorAll("style").Select(_ => "a <style> element"));
            problems.AddRange(doc.QuerySelectorAll("script:not([src])").Select(s => $"an inline <script>: « {Short(s.TextContent)} »"));
            problems.AddRange(doc.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Select(a => $"event handler {a.Name} on {Describe(e)}")));
            foreach (var element in doc.QuerySelectorAll("link[href], script[src], img[src], img[srcset], source[src], source[srcset], iframe[src], video[src], audio[src], object[data], embed[src]"))
            {
                foreach (var attribute in new[] { "href", "src", "srcset", "data" })
                {
                    var value = element.GetAttribute(attribute);
                    if (value is not null && (Regex.IsMatch(value, @"(^|\s|,)(https?:)?//", RegexOptions.IgnoreCase)))
                    {
                        problems.Add($"<{element.LocalName} {attribute}=\"{value}\"> loads from another origin");
                    }
                }
            }

            problems.AddRange(doc.QuerySelectorAll("a[href^='javascript:' i]").Select(a => $"javascript: link {Describe(a)}"));
            return problems;
        });

    [Theory, MemberData(nameof(Sites))]
    public void Ids_AreUniqueInEachPage(string name) =>
        PageAssert.NoProblems(sites[name], "unique ids", (_, doc) =>
            doc.QuerySelectorAll("[id]").GroupBy(e => e.Id!).Where(g => g.Count() > 1).Select(g => $"id « {g.Key} » used {g.Count()} times")
                .Concat(doc.QuerySelectorAll("[id]").Where(e => string.IsNullOrWhiteSpace(e.Id) || e.Id!.Any(char.IsWhiteSpace)).Select(e => $"invalid id « {e.Id} » on {Describe(e)}")));

    [Theory, MemberData(nameof(Sites))]
    public void EveryImage_HasAnAltAttribute(string name) =>
        PageAssert.NoProblems(sites[name], "img alt", (_, doc) =>
            doc.QuerySelectorAll("img:not([alt])").Select(img => $"<img src=\"{img.GetAttribute("src")}\"> without alt"));

    [Theory, MemberData(nameof(Sites))]
    public void EveryTable_HasACaptionAndScopedHeaders(string name) =>
        PageAssert.NoProblems(sites[name], "data tables", (_, doc) =>
        {
            var problems = new List<string>();
            foreach (var table in doc.QuerySelectorAll("table"))
            {
                var caption = table.Children.FirstOrDefault(c => c.LocalName == "caption");
                var label = caption is null ? $"table #{table.Index()}" : $"table « {Short(caption.TextContent)} »";
                if (caption is null || Normalize(caption.TextContent).Length == 0)
                {
                    problems.Add($"{label}: no caption, or an empty one");
                }

                var headers = table.QuerySelectorAll("th");
                if (headers.Length == 0)
                {
                    problems.Add($"{label}: no th");
                }

                problems.AddRange(headers.Where(th => th.GetAttribute("scope") is not ("col" or "row" or "colgroup" or "rowgroup"))
                    .Select(th => $"{label}: <th> « {Short(th.TextContent)} » without a valid scope"));
            }

            return problems;
        });

    [Theory, MemberData(nameof(Sites))]
    public void Sitemap_ListsEveryPageButThe404(string name)
    {
        var site = sites[name];
        var xml = System.Xml.Linq.XDocument.Parse(site.Files.Text("sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = xml.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        var listed = new List<string>();
        var problems = new List<string>();
        foreach (var location in locations)
        {
            var path = Uri.TryCreate(location, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : location;
            var (_, file, _) = site.Resolve(Home, path);
            if (file is null)
            {
                problems.Add($"<loc>{location}</loc> is no page of the site");
            }
            else
            {
                listed.Add(file);
            }
        }

        problems.AddRange(listed.GroupBy(f => f).Where(g => g.Count() > 1).Select(g => $"{g.Key} listed {g.Count()} times"));
        problems.AddRange(site.Pages.Keys.Where(p => p != NotFound && !listed.Contains(p)).Select(p => $"{p} is missing"));
        if (listed.Contains(NotFound))
        {
            problems.Add("404.html is listed");
        }

        Assert.True(problems.Count == 0, $"{name}: sitemap.xml:\n  {string.Join("\n  ", problems)}");
    }

    [Theory, MemberData(nameof(Sites))]
    public void RobotsAndHeadersFiles_CarryTheSecurityHeaders(string name)
    {
        var files = sites[name].Files;
        Assert.True(files.Contains("robots.txt"), "robots.txt is missing");
        Assert.Contains("User-agent: *", files.Text("robots.txt"), StringComparison.Ordinal);
        Assert.True(files.Contains("_headers"), "_headers is missing");
        var headers = files.Text("_headers");
        Assert.Matches(new Regex(@"^\s+Content-Security-Policy: .*default-src 'self'", RegexOptions.Multiline), headers);
        Assert.Matches(new Regex(@"^\s+X-Content-Type-Options: nosniff\s*$", RegexOptions.Multiline), headers);
        Assert.Matches(new Regex(@"^\s+Referrer-Policy: \S+", RegexOptions.Multiline), headers);
    }

    [Theory, MemberData(nameof(Sites))]
    public void EveryPage_DeclaresThePolicyOfTheHeadersFileButWhatOnlyAHeaderCanCarry(string name)
    {
        // « frame-ancestors » is honoured only in an HTTP header: in a « meta » element browsers ignore it and log an error.
        var site = sites[name];
        var header = Regex.Match(site.Files.Text("_headers"), "Content-Security-Policy: (.*)").Groups[1].Value.Trim();
        Assert.EndsWith("; frame-ancestors 'self'", header, StringComparison.Ordinal);
        PageAssert.NoProblems(site, "CSP meta", (_, doc) =>
        {
            var meta = doc.QuerySelector("meta[http-equiv='Content-Security-Policy' i]")?.GetAttribute("content");
            return meta + "; frame-ancestors 'self'" == header ? [] : [$"CSP meta « {meta} » is not _headers' « {header} » without frame-ancestors"];
        });
    }

    [Theory, MemberData(nameof(Sites))]
    public void ContentSecurityPolicy_AllowsNoInlineCodeAndNoOtherOrigin(string name)
    {
        var header = Regex.Match(sites[name].Files.Text("_headers"), "Content-Security-Policy: (.*)").Groups[1].Value.Trim();
        Assert.DoesNotContain("'unsafe-inline'", header, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", header, StringComparison.Ordinal);
        Assert.DoesNotContain("*", header, StringComparison.Ordinal);
        Assert.DoesNotMatch("https?:", header);
        Assert.Matches("default-src 'self'", header);
        PageAssert.NoProblems(sites[name], "CSP meta without unsafe-inline", (_, doc) =>
        {
            var metas = doc.QuerySelectorAll("meta[http-equiv='Content-Security-Policy' i]").ToList();
            return metas.Count == 1 && metas[0].GetAttribute("content") is { } csp && !csp.Contains("unsafe-inline", StringComparison.Ordinal)
                ? []
                : [$"{metas.Count} CSP meta(s): {string.Join(" | ", metas.Select(m => m.GetAttribute("content")))}"];
        });
    }

    internal static IEnumerable<(IElement Element, string Attribute, string Address)> Addresses(IDocument doc)
    {
        foreach (var element in doc.QuerySelectorAll("[href], [src]"))
        {
            foreach (var attribute in new[] { "href", "src" })
            {
                if (element.GetAttribute(attribute) is { } value)
                {
                    yield return (element, attribute, value);
                }
            }
        }
    }

    internal static string Normalize(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private static string Short(string text)
    {
        var normal = Normalize(text);
        return normal.Length <= 60 ? normal : normal[..60] + "…";
    }

    private static string Describe(IElement? element) => element is null ? "nothing" : element.OuterHtml.Length <= 120 ? element.OuterHtml : element.OuterHtml[..120] + "…";
}
