using Rdd.Domain.Reports;
using Rdd.Domain.Tests.Generators;

namespace Rdd.Domain.Tests;

/// <summary>
/// An action inherits its section's finalités, elements and terms: the section's first, then the action's own, each
/// once. The shortcut that hands back a list already held (docs/performance.md) gives the same values.
/// </summary>
public class InheritanceProperties
{
    [ReportProperty]
    public void Inheritance_DefaultsAndOwnValues_AreTheDefaultsThenTheActionsOwnEachOnce(HostileReport hostile)
    {
        foreach (var placed in hostile.Report.AllActions())
        {
            var (section, action) = (placed.Section, placed.Action);
            Assert.Equal(section.DefaultFinalities.Concat(action.Finalities).Distinct(StringComparer.Ordinal), placed.Finalities);
            Assert.Equal(section.DefaultGovernanceElements.Concat(action.GovernanceElements).Distinct(StringComparer.Ordinal), placed.GovernanceElements);
            Assert.Equal(section.DefaultTerms.Concat(action.Terms).Distinct(), placed.Terms);
            Assert.Equal(ValueList.From(placed.Finalities), placed.Finalities);
        }
    }

    [Theory]
    [InlineData(new string[0], new[] { "climat", "climat" })]
    [InlineData(new[] { "climat", "climat" }, new string[0])]
    [InlineData(new[] { "climat" }, new[] { "climat", "cohesion" })]
    [InlineData(new string[0], new[] { "cohesion", "climat" })]
    public void Inheritance_Duplicates_AreDroppedWhicheverListTheyComeFrom(string[] defaults, string[] own)
    {
        var action = new ReportAction { Id = "a", Title = "A", Finalities = own };
        var section = new Section { Id = "s", Title = "S", DefaultFinalities = defaults, Actions = [action] };

        Assert.Equal(defaults.Concat(own).Distinct(StringComparer.Ordinal), section.FinalitiesOf(action));
    }

    [Fact]
    public void PlacedAction_AnySection_InheritsFromTheSectionItIsPlacedIn()
    {
        var action = new ReportAction { Id = "a", Title = "A", Finalities = ["cohesion"] };
        var climate = new Section { Id = "s", Title = "S", DefaultFinalities = ["climat"], Actions = [action] };
        var biodiversity = climate with { DefaultFinalities = ["biodiversite"] };
        var part = new Part { Kind = PartKind.PublicPolicies, Title = "P", Sections = [climate] };

        var placed = new PlacedAction(part, climate, action);
        var moved = new PlacedAction(part, biodiversity, action);

        Assert.Equal(["climat", "cohesion"], placed.Finalities);
        Assert.Equal(["biodiversite", "cohesion"], moved.Finalities);
        Assert.NotEqual(placed, moved);
        Assert.Equal(placed, new PlacedAction(part, climate, action));
        Assert.Equal(placed.GetHashCode(), new PlacedAction(part, climate, action).GetHashCode());
    }

    [Fact]
    public void PlacedAction_Equality_HoldsOnlyForTheSameActionInstance()
    {
        var action = new ReportAction { Id = "a", Title = "A" };
        var section = new Section { Id = "s", Title = "S", Actions = [action] };
        var part = new Part { Kind = PartKind.PublicPolicies, Title = "P", Sections = [section] };

        Assert.NotEqual(new PlacedAction(part, section, action), new PlacedAction(part, section, action with { }));
    }
}
