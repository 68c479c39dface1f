using Rdd.Domain.Tests.Support;
using Rdd.Domain.Taxonomies;
using Rdd.Domain.Validation;

namespace Rdd.Domain.Tests.Validation;

public sealed class ReportValidatorBuilderTests
{
    [Theory]
    [InlineData("RDD1003")]
    [InlineData("RDD8001")]
    [InlineData("RDD9999")]
    public void Build_AddedRuleOutsideTheExtensionRange_Throws(string code)
    {
        var builder = new ReportValidatorBuilder().AddRule(new TwoCodeRule(code, "RDD9002"));

        var exception = Assert.Throws<ArgumentException>(builder.Build);

        Assert.Contains($"déclare le code {code} : les règles ajoutées doivent utiliser les codes RDD9000 à RDD9998", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RDD90")]
    [InlineData("rdd9001")]
    [InlineData("XYZ9001")]
    public void Build_MalformedCode_Throws(string code)
    {
        var builder = new ReportValidatorBuilder().AddRule(new TwoCodeRule(code, "RDD9002"));

        var exception = Assert.Throws<ArgumentException>(builder.Build);

        Assert.Contains($"« {code} », qui n'a pas la forme RDD suivi de quatre chiffres", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("odd")]
    [InlineData("finalites")]
    public void Build_TaxonomyTakingABuiltInId_Throws(string id)
    {
        var builder = new ReportValidatorBuilder().AddTaxonomy(new Taxonomy { Id = id, Name = "Mes objectifs" });

        var exception = Assert.Throws<ArgumentException>(builder.Build);

        Assert.Contains($"reprend l'identifiant « {id} »", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SameTaxonomyIdTwice_Throws()
    {
        var builder = new ReportValidatorBuilder()
            .AddTaxonomy(new Taxonomy { Id = "pcaet", Name = "PCAET" })
            .AddTaxonomy(new Taxonomy { Id = "pcaet", Name = "PCAET révisé" });

        var exception = Assert.Throws<ArgumentException>(builder.Build);

        Assert.Contains("« PCAET révisé » reprend l'identifiant « pcaet »", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mon PCAET")]
    [InlineData("")]
    [InlineData("pcaet--2026")]
    public void Build_InvalidTaxonomyId_Throws(string id)
    {
        var builder = new ReportValidatorBuilder().AddTaxonomy(new Taxonomy { Id = id, Name = "PCAET" });

        var exception = Assert.Throws<ArgumentException>(builder.Build);

        Assert.Contains($"a l'identifiant « {id} » : un identifiant s'écrit en lettres minuscules", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RDD9003")]
    [InlineData("RDD1")]
    public void Suppress_CodeNoRuleDeclares_ThrowsAtBuild(string code)
    {
        var builder = new ReportValidatorBuilder().AddRule(new TwoCodeRule("RDD9001", "RDD9002")).Suppress(code);

        Assert.Throws<ArgumentException>(builder.Build);
    }

    [Fact]
    public void Suppress_OneCodeOfARule_KeepsItsOtherCodes()
    {
        var validator = new ReportValidatorBuilder().AddRule(new TwoCodeRule("RDD9001", "RDD9002")).Suppress("RDD9001").Build();

        var codes = validator.Validate(SampleReports.Minimal).Diagnostics.Select(d => d.Code);

        Assert.Equal(["RDD9002"], codes);
        Assert.DoesNotContain(validator.Descriptors, d => d.Code == "RDD9001");
    }

    [Fact]
    public void Suppress_BuiltInCode_DropsItsDiagnostics()
    {
        var report = SampleReports.Minimal with { Parts = [] };
        var validator = new ReportValidatorBuilder().Suppress("RDD1001").Build();

        Assert.Contains(ReportValidator.Default.Validate(report).Diagnostics, d => d.Code == "RDD1001");
        Assert.DoesNotContain(validator.Validate(report).Diagnostics, d => d.Code == "RDD1001");
    }

    [Fact]
    public void SetSeverity_Code_ChangesItsDiagnosticsAndItsDescriptor()
    {
        var validator = new ReportValidatorBuilder().AddRule(new TwoCodeRule("RDD9001", "RDD9002")).SetSeverity("RDD9002", Severity.Error).Build();

        var diagnostics = validator.Validate(SampleReports.Minimal).Diagnostics;

        Assert.Equal(Severity.Info, Assert.Single(diagnostics, d => d.Code == "RDD9001").Severity);
        Assert.Equal(Severity.Error, Assert.Single(diagnostics, d => d.Code == "RDD9002").Severity);
        Assert.Equal(Severity.Error, Assert.Single(validator.Descriptors, d => d.Code == "RDD9002").Severity);
    }

    [Fact]
    public void From_Validator_KeepsSuppressionsAndSeverities()
    {
        var first = new ReportValidatorBuilder().AddRule(new TwoCodeRule("RDD9001", "RDD9002")).Suppress("RDD9001").SetSeverity("RDD9002", Severity.Warning).Build();

        var second = ReportValidatorBuilder.From(first).Build();

        var diagnostic = Assert.Single(second.Validate(SampleReports.Minimal).Diagnostics);
        Assert.Equal(("RDD9002", Severity.Warning), (diagnostic.Code, diagnostic.Severity));
    }

    [Fact]
    public void Validate_CodeTheRuleNeverDeclared_YieldsRDD9999NamingIt()
    {
        var validator = new ReportValidatorBuilder().AddRule(new UndeclaredCodeRule()).Build();

        var diagnostic = Assert.Single(validator.Validate(SampleReports.Minimal).Diagnostics);

        Assert.Equal("RDD9999", diagnostic.Code);
        Assert.Equal("La règle UndeclaredCodeRule a signalé le code RDD9005, qu'elle ne déclare pas : Hors liste.", diagnostic.Message);
    }

    [Theory]
    [InlineData("RDD1003", "Action sans finalité")]
    [InlineData("RDD1091", "Propriété JSON inconnue, ignorée")]
    [InlineData("RDD9999", "Une règle de contrôle a échoué")]
    public void Find_RddCode_ReturnsItsDescriptorAndHelpLink(string code, string title)
    {
        var descriptor = DiagnosticDescriptor.Find(code);

        Assert.Equal(title, descriptor?.Title);
        Assert.Equal($"docs/diagnostics/{code}.md", descriptor?.HelpLink);
    }

    [Fact]
    public void Find_UnknownCode_ReturnsNull() => Assert.Null(DiagnosticDescriptor.Find("RDD9001"));

    [Fact]
    public void HelpLink_ExtensionCode_IsNullUnlessSet()
    {
        var descriptor = new DiagnosticDescriptor("RDD9101", Severity.Warning, "Titre", "Pourquoi.", "Comment.");

        Assert.Null(descriptor.HelpLink);
        Assert.Equal("https://exemple.invalid/RDD9101", (descriptor with { HelpLink = "https://exemple.invalid/RDD9101" }).HelpLink);
    }

    private sealed class TwoCodeRule(string first, string second) : IReportRule
    {
        public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
            [new(first, Severity.Info, "Premier", "Premier.", "Rien."), new(second, Severity.Info, "Second", "Second.", "Rien.")];

        public IEnumerable<Diagnostic> Check(ValidationContext context) => Descriptors.Select(d => context.Diagnose(d, d.Title));
    }

    private sealed class UndeclaredCodeRule : IReportRule
    {
        public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [new("RDD9004", Severity.Info, "Déclaré", "Déclaré.", "Rien.")];

        public IEnumerable<Diagnostic> Check(ValidationContext context) => [new Diagnostic("RDD9005", Severity.Warning, "Hors liste.")];
    }
}
