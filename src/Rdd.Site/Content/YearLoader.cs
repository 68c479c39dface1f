using Rdd.Domain;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Validation;
using Rdd.Site.Policy;

namespace Rdd.Site.Content;

/// <summary>Reads the folder of one report year.</summary>
internal sealed class YearLoader(string root, string folder, Authority authority, DiagnosticBag bag, ISet<string> media)
{
    private readonly SourceMap _sources = new();

    public ContentYear? Load()
    {
        ContentLoader.ReportUnexpected(root, folder, ContentLoader.YearFolders, ContentLoader.YearFiles, bag, allowExtensions: [.. MediaPolicy.ImageExtensions, ".txt", ".gitkeep"]);
        var settingsPath = ContentLoader.Join(folder, "rapport.yml");
        if (!File.Exists(System.IO.Path.Combine(root, settingsPath)))
        {
            bag.Add(ContentDiagnostics.RequiredFileMissing, $"Le fichier « {settingsPath} » manque : il donne l'année du rapport et son titre.", new SourceLocation(settingsPath));
            return null;
        }

        var settings = ReadYaml(settingsPath, ContentShapes.ReportSettings);
        if (settings is null)
        {
            return null;
        }

        var year = settings.Integer("annee");
        if (year is null)
        {
            return null;
        }

        if (ContentLoader.Int(year.Value) != folder)
        {
            bag.Add(ContentDiagnostics.InvalidValue, $"L'année {year} de rapport.yml ne correspond pas au dossier « {folder} ».", settings.ValueLocation("annee"));
        }

        _sources.Add(ElementRef.ReportItself, settings.Location);
        _sources.Add(ElementRef.ReportItself.At(ElementAttributes.PresentationDate), settings.KeyLocation("date_presentation"));
        _sources.Add(ElementRef.ReportItself.At(ElementAttributes.BudgetDebateDate), settings.KeyLocation("date_debat_budgetaire"));
        _sources.Add(ElementRef.ReportItself.At(ElementAttributes.BudgetYear), settings.KeyLocation("annee_budget"));
        _sources.Add(ElementRef.ReportItself.At(ElementAttributes.Period), settings.KeyLocation("debut"));
        _sources.Add(new ElementRef(ElementKind.Authority, string.Empty), new SourceLocation("site.yml", 1, 1));
        if (Exists(Path("numerique-responsable.md")))
        {
            _sources.Add(ElementRef.ReportItself.At(ElementAttributes.DigitalStrategyReview), new SourceLocation(Path("numerique-responsable.md"), 1, 1));
        }

        var start = settings.Date("debut");
        var end = settings.Date("fin");
        var report = new Report
        {
            Authority = settings.Integer("population") is { } population ? authority with { Population = population } : authority,
            Year = year.Value,
            BudgetYear = settings.Integer("annee_budget") ?? year.Value + 1,
            Title = settings.Text("titre") ?? $"Rapport développement durable {year}",
            PresentationDate = settings.Date("date_presentation"),
            BudgetDebateDate = settings.Date("date_debat_budgetaire"),
            Period = start is null && end is null ? null : new Period(start ?? new NodaTime.LocalDate(year.Value, 1, 1), end ?? new NodaTime.LocalDate(year.Value, 12, 31)),
            Introduction = ReadText("introduction.md") ?? string.Empty,
            ReadingGuide = ReadText("lecture.md") ?? string.Empty,
            DigitalStrategyReview = ReadText("numerique-responsable.md"),
            Parts = ReadParts(),
            KeyFigures = ReadKeyFigures(),
            Budget = ReadBudget(),
            GreenBudget = GreenBudgetReader.Read(root, folder, year.Value, bag, _sources),
            Indicators = ReadIndicators(year.Value),
            Glossary = ReadGlossary(),
            Taxonomies = ReadTaxonomies(),
        };
        return new ContentYear(folder, report, _sources);
    }

    private string Path(string name) => ContentLoader.Join(folder, name);

    private bool Exists(string relative) => File.Exists(System.IO.Path.Combine(root, relative));

    private MappingReader? ReadYaml(string relative, Shape shape)
    {
        var source = SourceText.Read(root, relative, bag);
        if (source is null)
        {
            return null;
        }

        var node = YamlFile.Parse(source, source.Text, 1, bag);
        if (node is null && bag.Items.Any(d => d.Location?.Path == relative && d.Severity == Severity.Error))
        {
            return null;
        }

        return MappingReader.Open(node, shape, source, 1, bag, source.At(1, 1));
    }

    /// <summary>Reads a Markdown text file (introduction, reading guide); null when absent.</summary>
    private string? ReadText(string name)
    {
        var relative = Path(name);
        if (!Exists(relative) || SourceText.Read(root, relative, bag) is not { } source)
        {
            return null;
        }

        var file = MarkdownSafety.Check(MarkdownFile.Split(source, bag), root, bag, media);
        if (file.FrontMatter is not null)
        {
            MappingReader.Parse(source, file.FrontMatter, file.FrontMatterLine, ContentShapes.TextFrontMatter, bag, source.At(1, 1));
        }

        return file.Body.Trim();
    }

    private List<Part> ReadParts()
    {
        // The parts' folders and their section files, in order.
        var folders = new List<(PartKind Kind, string Folder, string Full, List<string> Names)>();
        foreach (var kind in Enum.GetValues<PartKind>())
        {
            var partFolder = Path($"partie-{(int)kind}");
            var full = System.IO.Path.Combine(root, partFolder);
            if (Directory.Exists(full))
            {
                folders.Add((kind, partFolder, full, Directory.EnumerateFiles(full, "*.md").Select(System.IO.Path.GetFileName).OfType<string>().Where(n => n != "partie.md").Order(StringComparer.Ordinal).ToList()));
            }
        }

        // The section files of every part are read in parallel (all at once, not a part after the other: no core waits
        // for the last file of a part), each into its own diagnostics, locations and images, merged in part and file
        // order afterwards: the result is the same as reading them one after the other.
        var files = folders.SelectMany(f => f.Names.Select(name => ContentLoader.Join(f.Folder, name))).ToList();
        var reads = new SectionRead[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var read = new SectionRead();
            if (SourceText.Read(root, files[i], read.Bag) is { } sectionSource)
            {
                read.Section = SectionReader.Read(sectionSource, ContentLoader.SlugOfFile(System.IO.Path.GetFileName(files[i])), read.Bag, (element, location) => read.Locations.Add((element, location)), root, read.Media);
            }

            reads[i] = read;
        });

        var parts = new List<Part>();
        var next = 0;
        foreach (var (kind, partFolder, full, names) in folders)
        {
            var title = kind.DefaultTitle();
            var introduction = string.Empty;
            var partFile = ContentLoader.Join(partFolder, "partie.md");
            var partRef = new ElementRef(ElementKind.Part, ContentLoader.Int((int)kind));
            _sources.Add(partRef, new SourceLocation(Exists(partFile) ? partFile : partFolder));
            if (Exists(partFile) && SourceText.Read(root, partFile, bag) is { } source)
            {
                var file = MarkdownSafety.Check(MarkdownFile.Split(source, bag), root, bag, media);
                var front = file.FrontMatter is null ? null : MappingReader.Parse(source, file.FrontMatter, file.FrontMatterLine, ContentShapes.PartFrontMatter, bag, source.At(1, 1));
                title = front?.Text("titre") ?? title;
                introduction = file.Body.Trim();
            }

            var sections = new List<Section>();
            foreach (var read in reads.AsSpan(next, names.Count))
            {
                bag.AddRange(read.Bag.Items);
                foreach (var (element, location) in read.Locations)
                {
                    _sources.Add(element, location);
                }

                foreach (var medium in read.Media)
                {
                    media.Add(medium);
                }

                if (read.Section is { } section)
                {
                    sections.Add(section);
                }
            }

            next += names.Count;
            var misformatted = SectionFiles.Check(partFolder, full, names, bag);
            ContentLoader.ReportUnexpected(root, partFolder, ["images"], [.. Directory.EnumerateFiles(full, "*.md").Select(System.IO.Path.GetFileName).OfType<string>(), .. misformatted], bag, allowExtensions: [.. MediaPolicy.ImageExtensions, ".gitkeep"]);
            parts.Add(new Part { Kind = kind, Title = title, Introduction = introduction, Sections = sections });
        }

        return parts;
    }

    private List<KeyFigure> ReadKeyFigures()
    {
        var relative = Path("chiffres-cles.yml");
        if (!Exists(relative) || ReadYaml(relative, ContentShapes.KeyFigures) is not { } reader)
        {
            return [];
        }

        var figures = new List<KeyFigure>();
        foreach (var item in reader.Objects("chiffres"))
        {
            var id = item.Code("id");
            var value = item.Number("valeur");
            var label = item.Text("libelle");
            // An element whose own values are wrong is kept (the error is already reported, so nothing is
            // published): dropping it would make every reference to it a second, misleading error.
            if (id is null)
            {
                continue;
            }

            _sources.Add(new ElementRef(ElementKind.KeyFigure, id), item.Location);
            _sources.Add(new ElementRef(ElementKind.KeyFigure, id, ElementAttributes.Value), item.ValueLocation("valeur"));
            figures.Add(new KeyFigure
            {
                Id = id,
                Theme = item.Text("theme") ?? string.Empty,
                Value = value ?? 0,
                Unit = item.Unit("unite") ?? string.Empty,
                Label = label ?? string.Empty,
                Approximation = item.Choice("approximation") switch
                {
                    "plus-de" => Approximation.AtLeast,
                    "moins-de" => Approximation.AtMost,
                    "environ" => Approximation.About,
                    _ => Approximation.Exact,
                },
                Change = item.Choice("evolution") switch
                {
                    "baisse" => Change.Decrease,
                    "hausse" => Change.Increase,
                    _ => Change.None,
                },
            });
        }

        return figures;
    }

    private Budget? ReadBudget()
    {
        var relative = Path("budget.yml");
        if (!Exists(relative) || ReadYaml(relative, ContentShapes.Budget) is not { } reader || reader.Integer("annee") is not { } year)
        {
            return null;
        }

        _sources.Add(new ElementRef(ElementKind.Budget, string.Empty), reader.Location);
        _sources.Add(new ElementRef(ElementKind.Budget, string.Empty, ElementAttributes.OperatingTotal), reader.ValueLocation("total_fonctionnement"));
        _sources.Add(new ElementRef(ElementKind.Budget, string.Empty, ElementAttributes.InvestmentTotal), reader.ValueLocation("total_investissement"));
        var lines = new List<BudgetLine>();
        foreach (var item in reader.Objects("lignes"))
        {
            var id = item.Code("id");
            var policy = item.Text("politique");
            if (id is null)
            {
                continue;
            }

            var note = item.Text("note");
            var element = new ElementRef(ElementKind.BudgetLine, id);
            _sources.Add(element, item.Location);
            _sources.Add(element.At(ElementAttributes.Operating), item.ValueLocation("fonctionnement"));
            _sources.Add(element.At(ElementAttributes.Investment), item.ValueLocation("investissement"));
            _sources.Add(element.At(ElementAttributes.Total), item.ValueLocation("total"));
            lines.Add(new BudgetLine
            {
                Id = id,
                Policy = policy ?? id,
                Operating = item.Amount("fonctionnement", note),
                Investment = item.Amount("investissement", note),
                StatedTotal = item.Number("total"),
            });
        }

        return new Budget
        {
            Year = year,
            Title = reader.Text("titre") ?? string.Empty,
            Lines = lines,
            StatedOperatingTotal = reader.Number("total_fonctionnement"),
            StatedInvestmentTotal = reader.Number("total_investissement"),
        };
    }

    private List<Indicator> ReadIndicators(int reportYear)
    {
        var relative = Path("indicateurs.yml");
        if (!Exists(relative) || ReadYaml(relative, ContentShapes.Indicators) is not { } reader)
        {
            return [];
        }

        var indicators = new List<Indicator>();
        foreach (var item in reader.Objects("indicateurs"))
        {
            var id = item.Code("id");
            var label = item.Text("libelle");
            if (id is null)
            {
                continue;
            }

            _sources.Add(new ElementRef(ElementKind.Indicator, id), item.Location);
            _sources.Add(new ElementRef(ElementKind.Indicator, id, ElementAttributes.Value), item.ValueLocation("valeur"));
            _sources.Add(new ElementRef(ElementKind.Indicator, id, ElementAttributes.Finalities), item.ValueLocation("finalites"));
            indicators.Add(new Indicator
            {
                Id = id,
                Label = label ?? id,
                Unit = item.Unit("unite") ?? string.Empty,
                Year = item.Integer("annee") ?? reportYear,
                Value = item.Number("valeur"),
                Target = item.Number("cible"),
                TargetYear = item.Integer("annee_cible"),
                Series = item.YearValues("serie"),
                Source = item.Text("source"),
                Finalities = item.List("finalites").Select(f => Codes.Normalize(f.Value)).ToList(),
            });
        }

        return indicators;
    }

    private List<GlossaryEntry> ReadGlossary()
    {
        var relative = Path("glossaire.yml");
        if (!Exists(relative) || ReadYaml(relative, ContentShapes.Glossary) is not { } reader)
        {
            return [];
        }

        var entries = new List<GlossaryEntry>();
        foreach (var item in reader.Objects("glossaire"))
        {
            var term = item.Text("sigle");
            var expansion = item.Text("signification");
            if (term is null)
            {
                continue;
            }

            _sources.Add(new ElementRef(ElementKind.GlossaryEntry, term), item.Location);
            entries.Add(new GlossaryEntry { Term = term, Expansion = expansion ?? string.Empty, Definition = item.Text("definition") });
        }

        return entries;
    }

    private List<Taxonomy> ReadTaxonomies()
    {
        var strategy = Path("strategie");
        var full = System.IO.Path.Combine(root, strategy);
        if (!Directory.Exists(full))
        {
            return [];
        }

        var taxonomies = new List<Taxonomy>();
        var files = Directory.EnumerateFiles(full).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        ContentLoader.ReportUnexpected(root, strategy, [], files.Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)).ToList(), bag);
        foreach (var name in files.Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            var relative = ContentLoader.Join(strategy, name);
            if (ReadYaml(relative, ContentShapes.Taxonomy) is not { } reader)
            {
                continue;
            }

            var id = reader.Code("id") ?? ContentLoader.SlugOfFile(name);
            var taxonomyName = reader.Text("nom") ?? id;
            _sources.Add(new ElementRef(ElementKind.Taxonomy, id), reader.Location);
            var terms = new List<Term>();
            foreach (var item in reader.Objects("termes"))
            {
                var code = item.Code("code");
                var label = item.Text("libelle");
                if (code is null)
                {
                    continue;
                }

                _sources.Add(new ElementRef(ElementKind.Term, $"{id}:{code}"), item.Location);
                _sources.Add(new ElementRef(ElementKind.Term, $"{id}:{code}", ElementAttributes.Parent), item.ValueLocation("parent"));
                terms.Add(new Term { Code = code, Label = label ?? code, ShortLabel = item.Text("libelle_court"), Parent = item.Code("parent"), Description = item.Text("description") ?? string.Empty });
            }

            taxonomies.Add(new Taxonomy { Id = id, Name = taxonomyName, Description = reader.Text("description") ?? string.Empty, Terms = terms });
        }

        return taxonomies;
    }
}

/// <summary>What reading one section file gave, before it is merged with the others.</summary>
internal sealed class SectionRead
{
    public DiagnosticBag Bag { get; } = new();

    public List<(ElementRef Element, SourceLocation Location)> Locations { get; } = [];

    /// <summary>The images the section uses.</summary>
    public ISet<string> Media { get; } = new SortedSet<string>(StringComparer.Ordinal);

    public Section? Section { get; set; }
}
