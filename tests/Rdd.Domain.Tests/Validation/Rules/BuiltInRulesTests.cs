using System.Text.RegularExpressions;
using Rdd.Domain.Validation;
using Rdd.Domain.Validation.Rules;

namespace Rdd.Domain.Tests.Validation.Rules;

public sealed class BuiltInRulesTests
{
    [Fact]
    public void All_DescriptorCodes_MatchRddAndFourDigits()
    {
        Assert.All(BuiltInRules.All.SelectMany(r => r.Descriptors), d => Assert.Matches(new Regex(@"^RDD\d{4}$"), d.Code));
    }

    [Fact]
    public void All_DescriptorCodes_AreUniqueAcrossRules()
    {
        var duplicates = BuiltInRules.All.SelectMany(r => r.Descriptors).GroupBy(d => d.Code).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void All_Descriptors_HaveFrenchTitleExplanationAndFix()
    {
        Assert.All(BuiltInRules.All.SelectMany(r => r.Descriptors), d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Code);
            Assert.True(d.Explanation.Length > 40, d.Code);
            Assert.False(string.IsNullOrWhiteSpace(d.Fix), d.Code);
        });
    }

    [Fact]
    public void All_RuleTypes_AreRegisteredOnce()
    {
        var types = BuiltInRules.All.Select(r => r.GetType()).ToList();

        Assert.Equal(types.Distinct().Count(), types.Count);
    }

    [Fact]
    public void All_EveryRuleInTheAssembly_IsRegistered()
    {
        var ruleTypes = typeof(IReportRule).Assembly.GetTypes().Where(t => typeof(IReportRule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false });

        Assert.All(ruleTypes, t => Assert.Contains(BuiltInRules.All, r => r.GetType() == t));
    }

    [Fact]
    public void All_ExpectedCodes_HaveTheirSeverities()
    {
        var severities = BuiltInRules.All.SelectMany(r => r.Descriptors).ToDictionary(d => d.Code, d => d.Severity);
        var expected = new Dictionary<string, Severity>
        {
            ["RDD1001"] = Severity.Error, ["RDD1002"] = Severity.Warning, ["RDD1003"] = Severity.Error, ["RDD1004"] = Severity.Warning,
            ["RDD1005"] = Severity.Warning, ["RDD1006"] = Severity.Error, ["RDD1007"] = Severity.Error, ["RDD1008"] = Severity.Error, ["RDD1010"] = Severity.Error, ["RDD1011"] = Severity.Error,
            ["RDD1012"] = Severity.Error, ["RDD1013"] = Severity.Error, ["RDD1014"] = Severity.Error, ["RDD1015"] = Severity.Warning,
            ["RDD1016"] = Severity.Error, ["RDD1018"] = Severity.Error, ["RDD1020"] = Severity.Error, ["RDD1021"] = Severity.Error, ["RDD1022"] = Severity.Warning,
            ["RDD1023"] = Severity.Error, ["RDD1024"] = Severity.Error, ["RDD1025"] = Severity.Info, ["RDD1026"] = Severity.Error, ["RDD1030"] = Severity.Error, ["RDD1031"] = Severity.Warning,
            ["RDD1032"] = Severity.Error, ["RDD1040"] = Severity.Info, ["RDD1041"] = Severity.Warning, ["RDD1042"] = Severity.Info, ["RDD1043"] = Severity.Info,
            ["RDD1060"] = Severity.Warning,
            ["RDD1070"] = Severity.Error, ["RDD1071"] = Severity.Error, ["RDD1072"] = Severity.Error, ["RDD1073"] = Severity.Warning,
            ["RDD1074"] = Severity.Error, ["RDD1075"] = Severity.Error,
        };

        Assert.Equal(expected.OrderBy(p => p.Key), severities.OrderBy(p => p.Key));
    }
}
