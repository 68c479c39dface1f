using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Validation;
using Rdd.Site.Policy;

namespace Rdd.Site.Content;

/// <summary>Reads the folder of one report year.</summary>
internal sealed class YearLoader(string root, string folder, Authority authority, DiagnosticBag bag, ISet<string> media)
{
    private readonly SourceMap _sources = new();

    private ElementReader Elements => new(_sources);

    // Long: the year's files read in the order content/README.md presents them, one line or two each.
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
            Period = start is null && end is null ? null : new ActionPeriod(start ?? new NodaTime.LocalDate(year.Value, 1, 1), end ?? new NodaTime.LocalDate(year.Value, 12, 31)),
            Introduction = ReadText("introduction.md") ?? string.Empty,
            ReadingGuide = ReadText("lecture.md") ?? string.Empty,
            DigitalStrategyReview = ReadText("numerique-responsable.md"),
            Parts = ReadParts(),
            KeyFigures = ReadOptional("chiffres-cles.yml", ContentShapes.KeyFigures) is { } figures ? Elements.KeyFigures(figures) : [],
            Budget = ReadOptional("budget.yml", ContentShapes.Budget) is { } budget && budget.Integer("annee") is { } budgetYear ? Elements.Budget(budget, budgetYear) : null,
            GreenBudget = GreenBudgetReader.Read(root, folder, year.Value, bag, _sources),
            Indicators = ReadOptional("indicateurs.yml", ContentShapes.Indicators) is { } indicators ? Elements.Indicators(indicators, year.Value) : [],
            Glossary = ReadOptional("glossaire.yml", ContentShapes.Glossary) is { } glossary ? Elements.Glossary(glossary) : [],
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

        var reads = ReadSections(folders.SelectMany(f => f.Names.Select(name => ContentLoader.Join(f.Folder, name))).ToList());
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
                if (Merge(read) is { } section)
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

    /// <summary>
    /// Reads the section files of every part in parallel (all at once, not a part after the other: no core waits for
    /// the last file of a part), each into its own diagnostics, locations and images, which <see cref="Merge"/> adds in
    /// part and file order afterwards: the result is the same as reading them one after the other.
    /// </summary>
    private SectionRead[] ReadSections(List<string> files)
    {
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
        return reads;
    }

    /// <summary>Adds what reading one section file gave to the year's diagnostics, locations and images; returns its section.</summary>
    private Section? Merge(SectionRead read)
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

        return read.Section;
    }

    /// <summary>The YAML file <paramref name="name"/> of the year, opened as <paramref name="shape"/>; null when it is absent or cannot be read.</summary>
    private MappingReader? ReadOptional(string name, Shape shape)
    {
        var relative = Path(name);
        return Exists(relative) ? ReadYaml(relative, shape) : null;
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
            if (ReadYaml(ContentLoader.Join(strategy, name), ContentShapes.Taxonomy) is { } reader)
            {
                taxonomies.Add(Elements.Taxonomy(reader, ContentLoader.SlugOfFile(name)));
            }
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
