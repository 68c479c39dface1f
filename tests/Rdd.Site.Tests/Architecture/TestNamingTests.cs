using System.Text.RegularExpressions;

namespace Rdd.Site.Tests.Architecture;

/// <summary>
/// Every test method is named <c>Subject_Condition_Result</c> or <c>Subject_Result</c> (docs/developpeurs/architecture.md,
/// « Règles de conception »): two or three PascalCase segments separated by one underscore, so that a failing test's
/// name says which promise broke, in the same shape across the four test projects.
/// </summary>
public sealed partial class TestNamingTests
{
    private static string Tests => Path.Combine(RepositoryRoot.Path, "tests");

    [Fact]
    public void TestMethods_OfEveryTestProject_FollowTheNamingRule()
    {
        var broken = new List<string>();
        foreach (var project in Directory.GetDirectories(Tests, "*Tests"))
        {
            foreach (var file in Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(project, f)).Order(StringComparer.Ordinal))
            {
                broken.AddRange(TestMethods(File.ReadAllText(file))
                    .Where(method => !IsWellNamed(method.Name))
                    .Select(method => $"{Path.GetRelativePath(RepositoryRoot.Path, file)}:{method.Line} {method.Name}"));
            }
        }

        Assert.True(broken.Count == 0, $"{broken.Count} test methods are not named Subject_Condition_Result:\n" + string.Join('\n', broken));
    }

    [Theory]
    [InlineData("Parse_NoTrailingBlock_IsTheTitleOnly", true)]
    [InlineData("EveryPage_HasExactlyOneH1", true)]
    [InlineData("Build_OfTheFixture_Exits0AndWritesTheSite", true)]
    [InlineData("Every_page_is_reachable_from_the_home_page", false)]
    [InlineData("Audit_MiswrittenCommand_ShowsItsUsage_AndExitsWith2", false)]
    [InlineData("Parse", false)]
    [InlineData("Parse_", false)]
    [InlineData("Parse__IsTheTitleOnly", false)]
    [InlineData("parse_NoTrailingBlock_IsTheTitleOnly", false)]
    [InlineData("Requirements_2024ForEpci_ExcludeTheReview", false)]
    [InlineData("Assess_Epci_IsObligedUnderL2311_1_1", false)]
    public void IsWellNamed_Examples_AcceptTwoOrThreePascalCaseSegmentsOnly(string name, bool expected) =>
        Assert.Equal(expected, IsWellNamed(name));

    [Theory]
    [InlineData("[Fact]\npublic void Parse_Empty_IsNothing()\n{\n}", "Parse_Empty_IsNothing", 2)]
    [InlineData("[Theory, MemberData(nameof(Sites))]\n[InlineData(\"https://exemple.fr/]\")]\n// the address\npublic async Task EveryPage_IsInFrench(string site) { }", "EveryPage_IsInFrench", 4)]
    [InlineData("/// <summary>A property.</summary>\n[ReportProperty]\npublic Property Report_AnyReport_RoundTrips(Report report) => true.ToProperty();", "Report_AnyReport_RoundTrips", 3)]
    [InlineData("    [Fact(Skip = \"later\")]\n    internal static void Some_test() { }", "Some_test", 2)]
    [InlineData("private static void helper_method() { }", null, 0)]
    [InlineData("[JsonPropertyName(\"nom\")]\npublic string Name { get; init; }\npublic void other_helper() { }", null, 0)]
    public void TestMethods_Examples_AreTheMethodsMarkedFactTheoryOrProperty(string code, string? name, int line)
    {
        var found = TestMethods(code);
        if (name is null)
        {
            Assert.Empty(found);
        }
        else
        {
            Assert.Equal([(name, line)], found);
        }
    }

    private static bool IsWellNamed(string name) => WellNamed().IsMatch(name);

    /// <summary>Whether <paramref name="file"/> is in the project's bin or obj folder.</summary>
    internal static bool IsBuildOutput(string project, string file) =>
        Path.GetRelativePath(project, file).Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj";

    /// <summary>
    /// The methods of a source file marked <c>[Fact]</c>, <c>[Theory]</c>, <c>[Property]</c> or an attribute named like
    /// them (<c>[ReportProperty]</c>), with the line of each name: after the attribute come only other attributes,
    /// comments or blank lines, then the method.
    /// </summary>
    private static List<(string Name, int Line)> TestMethods(string code) =>
        TestMethod().Matches(code)
            .Select(m => (m.Groups["name"].Value, 1 + code.AsSpan(0, m.Groups["name"].Index).Count('\n')))
            .ToList();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*(?:_[A-Z][A-Za-z0-9]*){1,2}$")]
    private static partial Regex WellNamed();

    [GeneratedRegex(@"^[ \t]*\[(?:\w+\.)*\w*(?:Fact|Theory|Property)\b[^\n]*\n(?:[ \t]*(?:\[[^\n]*|//[^\n]*)?\r?\n)*[ \t]*(?:(?:public|internal|private|protected|static|async)\s+)+[\w<>\[\],.?]+\s+(?<name>\w+)\s*\(", RegexOptions.Multiline)]
    private static partial Regex TestMethod();
}
