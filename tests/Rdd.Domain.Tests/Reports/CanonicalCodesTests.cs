using FsCheck.Xunit;
using Rdd.Domain.Json;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;

namespace Rdd.Domain.Tests.Reports;

/// <summary>Codes written with accents, capitals or spaces are kept in canonical form, however the report is made.</summary>
public sealed class CanonicalCodesTests
{
    [Fact]
    public void Finalities_WrittenWithAccents_AreTheCanonicalCodes()
    {
        var action = new ReportAction { Id = "a", Title = "A", Finalities = ["biodiversité", " Climat "] };

        Assert.Equal(["biodiversite", "climat"], action.Finalities);
        Assert.Contains(Finalities.Biodiversity.Code, action.Finalities);
    }

    [Fact]
    public void Finalities_UnknownCode_IsKeptAsWritten()
    {
        var action = new ReportAction { Id = "a", Title = "A", Finalities = ["Bio-diversité"] };

        Assert.Equal(["Bio-diversité"], action.Finalities);
    }

    [Fact]
    public void CodesChangedByWith_AreCanonical()
    {
        var section = new Section { Id = "s", Title = "S" } with { DefaultFinalities = ["Épanouissement"], DefaultGovernanceElements = ["Participation"] };
        var action = new ReportAction { Id = "a", Title = "A" } with { GovernanceElements = ["Transversalité"], Terms = [new("ODD", "13")] };

        Assert.Equal(["epanouissement"], section.DefaultFinalities);
        Assert.Equal(["participation"], section.DefaultGovernanceElements);
        Assert.Equal(["transversalite"], action.GovernanceElements);
        Assert.Equal(new TermReference("odd", "13"), Assert.Single(action.Terms));
        Assert.Equal(new TermReference("odd", "13"), new TermReference("odd", "x") with { Code = " 13 " });
    }

    [Fact]
    public void Indicator_FinalitiesWrittenWithAccents_AreTheCanonicalCodes()
    {
        var indicator = new Indicator { Id = "i", Label = "I", Year = 2025, Finalities = ["Cohésion"] };

        Assert.Equal(["cohesion"], indicator.Finalities);
    }

    [Fact]
    public void JsonRead_CodesWithAccents_AreTheCanonicalCodes()
    {
        var report = Support.SampleReports.Minimal with
        {
            Parts = [new Part { Kind = PartKind.PublicPolicies, Title = "P", Sections = [new Section { Id = "s", Title = "S", Actions = [new ReportAction { Id = "a", Title = "A" }] }] }],
        };
        var json = ReportJson.Serialize(report).Replace("\"actions\": [", "\"actions\": [ { \"id\": \"b\", \"title\": \"B\", \"finalities\": [\"biodiversité\"], \"terms\": [{ \"taxonomy\": \"ODD\", \"code\": \"15\" }] },", StringComparison.Ordinal);

        var read = ReportJson.Deserialize(json, mode: JsonReadMode.Tolerant).Report!;

        var placed = read.AllActions().First(a => a.Action.Id == "b");
        Assert.Contains(Finalities.Biodiversity.Code, placed.Finalities);
        Assert.Equal(new TermReference("odd", "15"), Assert.Single(placed.Terms));
    }

    [Fact]
    public void PlacedAction_FinalityAndElementValues_AreTheKnownOnesResolved()
    {
        var action = new ReportAction { Id = "a", Title = "A", Finalities = ["Biodiversité", "inconnue"], GovernanceElements = ["participation"] };
        var section = new Section { Id = "s", Title = "S", DefaultFinalities = ["climat"], Actions = [action] };

        var placed = new PlacedAction(new Part { Kind = PartKind.PublicPolicies, Sections = [section] }, section, action);

        Assert.Equal([Finalities.Climate, Finalities.Biodiversity], placed.FinalityValues);
        Assert.Equal([GovernanceElements.Participation], placed.GovernanceElementValues);
    }

    [Property]
    public bool Finality_AnyCapitalisation_IsTheCanonicalCode(bool upper, byte index)
    {
        var finality = Finalities.All[index % Finalities.All.Count];
        var written = upper ? finality.ShortLabel.ToUpperInvariant() : finality.Code.ToUpperInvariant();
        var action = new ReportAction { Id = "a", Title = "A", Finalities = [written] };
        return Finalities.Find(written) is null || action.Finalities.Single() == finality.Code;
    }
}
