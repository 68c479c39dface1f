using Rdd.Domain.Reports;
using Rdd.Site.Content;

namespace Rdd.Site.Tests.Content;

/// <summary>
/// Pins the transcription of the default content against the seed (the text of the PDF « Rapport Développement
/// Durable 2024 » of Carcassonne Agglo): the number of actions of every section, and figures quoted from the seed.
/// </summary>
public sealed class TranscriptionTests
{
    private static readonly Lazy<Report> Report2024 = new(() =>
    {
        var content = ContentLoader.Load(Path.Combine(RepositoryRoot.Path, "content"));
        Assert.False(content.HasErrors, string.Join('\n', content.Diagnostics));
        return Assert.Single(content.Years).Report;
    });

    public static TheoryData<int, string, int> SectionCounts => new()
    {
        { 1, "mobilites-et-deplacements", 5 },
        { 1, "eau-et-assainissement", 9 },
        { 1, "agriculture", 4 },
        { 1, "planification-transition-biodiversite", 9 },
        { 1, "habitat", 3 },
        { 1, "accompagnement-economique", 4 },
        { 1, "economie-et-innovation", 7 },
        { 1, "services-a-la-personne", 6 },
        { 1, "acces-aux-soins", 6 },
        { 1, "services-publics-de-proximite", 2 },
        { 1, "politique-de-la-ville", 6 },
        { 1, "centres-sociaux", 5 },
        { 1, "insertion-emploi", 5 },
        { 1, "enseignements-artistiques-et-culturels", 5 },
        { 1, "equipements-de-loisirs", 1 },
        { 2, "ressources-humaines", 12 },
        { 2, "commande-publique", 4 },
        { 2, "administration-generale", 2 },
        { 2, "accueil-et-gestion-du-courrier", 1 },
        { 2, "flotte-automobile", 2 },
        { 2, "systeme-d-information-geographique", 2 },
        { 2, "systeme-d-information", 3 },
        { 2, "entretiens-des-biens-et-logistiques", 3 },
        { 2, "documentation-et-archivage", 1 },
        { 2, "patrimoine", 5 },
        { 3, "participation-des-acteurs", 7 },
        { 3, "pilotage", 15 },
        { 3, "transversalite", 11 },
        { 3, "evaluation-et-amelioration-continue", 7 },
    };

    [Theory]
    [MemberData(nameof(SectionCounts))]
    public void Section_HasTheSeedsNumberOfActions(int part, string section, int count)
    {
        var found = Report2024.Value.PartOf((PartKind)part)!.Sections.Single(s => s.Id == section);
        Assert.Equal(count, found.Actions.Count);
    }

    [Fact]
    public void Report_HasEverySectionOfTheSeedInOrder()
    {
        var expected = SectionCounts.Select(row => ((int)row[0], (string)row[1])).ToList();
        var actual = Report2024.Value.Parts.SelectMany(p => p.Sections.Select(s => ((int)p.Kind, s.Id))).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(152, Report2024.Value.AllActions().Count());
    }

    [Fact]
    public void EveryActionOfParts1And2_HasAFinality()
    {
        var without = Report2024.Value.AllActions()
            .Where(a => a.Part.Kind != PartKind.Modalities && a.Finalities.Count == 0)
            .Select(a => a.Action.Id)
            .ToList();
        Assert.Empty(without);
    }

    [Theory]
    [InlineData("18 000 compteurs")]
    [InlineData("(50% du parc soit environ 20 véhicules)")]
    [InlineData("1 000 patients pris en charge au bilan des 1 an")]
    [InlineData("200 000€ par an")]
    [InlineData("une enveloppe totale de 185 000€")]
    [InlineData("pas moins de 80 associations")]
    [InlineData("(220m3)")]
    [InlineData("près 40 enfants")]
    [InlineData("5 ambitions, 55 fiches-actions sur 5 ans")]
    [InlineData("une application créditée de 200 euros/an")]
    [InlineData("Cinq stations d’épuration")]
    [InlineData("plafond à 50€")]
    public void ActionText_QuotesTheSeed(string quote)
    {
        static string Flatten(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ').Replace("  ", " ", StringComparison.Ordinal);

        var texts = Report2024.Value.AllActions().Select(a => Flatten(a.Action.Title + " " + a.Action.Body));
        Assert.Contains(texts, t => t.Contains(Flatten(quote), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mobilité", 12000, "", "trajets de covoiturage")]
    [InlineData("Enfance – jeunesse", 8000, "", "enfants/jour sur les ALAE")]
    [InlineData("Eau et assainissement", 2.4, "M€", "eau potable")]
    [InlineData("Eau et assainissement", 7.1, "M€", "assainissement")]
    [InlineData("Habitat", 1850, "", "PRéAU")]
    [InlineData("France Services", 14350, "", "demandes traitées")]
    [InlineData("Culture", 3376, "", "spectateurs")]
    [InlineData("Politique de la ville", 93, "", "projets soutenus")]
    [InlineData("Économie", 20, "", "R’MINE")]
    [InlineData("Pacte vert", 100, "millions d’euros", "3 ans")]
    public void KeyFigure_IsTheSeeds(string theme, double value, string unit, string labelPart)
    {
        var figures = Report2024.Value.KeyFigures.Where(f => f.Theme == theme && f.Value == (decimal)value).ToList();
        Assert.Contains(figures, f => f.Unit == unit && f.Label.Contains(labelPart, StringComparison.Ordinal));
    }

    [Fact]
    public void ServicesALaPersonne_IsAtLeast2000Beneficiaries()
    {
        var figure = Assert.Single(Report2024.Value.KeyFigures, f => f.Value == 2000);
        Assert.Equal(Approximation.AtLeast, figure.Approximation);
    }

    [Fact]
    public void Budget_KeepsTheSeedsAmountsAndTheMissingOne()
    {
        var budget = Report2024.Value.Budget!;
        Assert.Equal(2024, budget.Year);
        Assert.Equal([7737580m, 64424940m, 49510994m, null], budget.Lines.Select(l => l.Operating!.Euros));
        Assert.Equal([4747206m, 4960941m, 29318896m, 904074m], budget.Lines.Select(l => l.Investment!.Euros));
        Assert.False(budget.Lines[3].Operating!.IsGiven);
    }

    [Fact]
    public void Strategy_HasThreeChallengesFiveAmbitionsAndSixAxes()
    {
        var territory = Report2024.Value.Taxonomies.Single(t => t.Id == "projet-de-territoire");
        Assert.Equal(3, territory.Terms.Count(t => t.Parent is null));
        Assert.Equal(5, territory.Terms.Count(t => t.Parent is not null));
        var greenDeal = Report2024.Value.Taxonomies.Single(t => t.Id == "pacte-vert");
        Assert.Equal(6, greenDeal.Terms.Count);
    }

    [Theory]
    [InlineData("QPV")]
    [InlineData("PCAET")]
    [InlineData("SCoT")]
    [InlineData("PLH")]
    [InlineData("CLS")]
    [InlineData("CTG")]
    [InlineData("ZAE")]
    public void Glossary_ExpandsTheReportsAcronyms(string acronym) =>
        Assert.Contains(Report2024.Value.Glossary, e => e.Term == acronym && e.Expansion.Length > 0);
}
