using Rdd.Domain.Extensions;
using Rdd.Domain.Reports;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Tests.Support;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Extensions;

/// <summary>Extensions register rules and taxonomies through the same builder as the built-in rules.</summary>
public sealed class ReportExtensionTests
{
    [Fact]
    public void Use_Extension_AddsItsRuleAfterTheBuiltInOnesAndItsTaxonomy()
    {
        var validator = new ReportValidatorBuilder().Use(new SampleExtension()).Build();

        Assert.Equal([.. BuiltInRules.All, SampleExtension.Rule], validator.Rules);
        Assert.Same(SampleExtension.Taxonomy, Assert.Single(validator.Taxonomies));
        Assert.Contains(validator.Descriptors, d => d.Code == "RDD9100");
    }

    [Fact]
    public void NewBuilder_HoldsExactlyTheRulesOfTheBuiltInExtension()
    {
        var builder = new ReportValidatorBuilder();
        var empty = ReportValidatorBuilder.From(builder.RemoveRule<IReportRule>().Build());

        Assert.Equal(BuiltInRules.All, empty.Use(BuiltInRules.Extension).Build().Rules);
        Assert.Equal(BuiltInRules.All, ReportValidator.Default.Rules);
    }

    [Fact]
    public void From_Validator_KeepsItsRulesAndTaxonomiesAndLeavesItUnchanged()
    {
        var first = new ReportValidatorBuilder().Use(new SampleExtension()).Build();

        var second = ReportValidatorBuilder.From(first).AddRule(new SampleRule()).Build();

        Assert.Equal(first.Rules.Count + 1, second.Rules.Count);
        Assert.Equal(first.Taxonomies, second.Taxonomies);
        Assert.Equal(BuiltInRules.All.Count + 1, first.Rules.Count);
    }

    [Fact]
    public void Validate_WithExtensionTaxonomy_AcceptsItsTerms()
    {
        var report = SampleReports.Minimal.WithAction(SampleReports.Minimal.AllActions().First().Action.Id,
            a => a with { Terms = [new TermReference("exemple", "un")] });

        Assert.Contains(ReportValidator.Default.Validate(report).Diagnostics, d => d.Severity == Severity.Error);
        Assert.DoesNotContain(new ReportValidatorBuilder().Use(new SampleExtension()).Build().Validate(report).Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Use_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new ReportValidatorBuilder().Use(null!));
    }

    private sealed class SampleExtension : IReportExtension
    {
        public static SampleRule Rule { get; } = new();

        public static ITaxonomy Taxonomy { get; } = new Taxonomy { Id = "exemple", Name = "Exemple", Terms = [new Term { Code = "un", Label = "Un" }] };

        public string Name => "Exemple";

        public void Register(ReportValidatorBuilder builder) => builder.AddRule(Rule).AddTaxonomy(Taxonomy);
    }

    private sealed class SampleRule : IReportRule
    {
        public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [new("RDD9100", Severity.Info, "Exemple", "Exemple.", "Rien.")];

        public IEnumerable<Diagnostic> Check(ValidationContext context) => [];
    }
}
