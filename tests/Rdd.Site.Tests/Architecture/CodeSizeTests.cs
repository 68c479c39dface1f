using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rdd.Site.Tests.Architecture;

/// <summary>
/// Small files and short methods (docs/developpeurs/architecture.md, « Taille du code »): no source file of src/ over
/// 400 lines, no method, constructor, accessor, local function or expression-bodied member over 60 lines, unless a
/// comment line <c>// Long: &lt;reason&gt;</c> stands directly above it (at the top of the file for a long file,
/// <c>@* Long: &lt;reason&gt; *@</c> in a Razor component).
/// </summary>
public sealed class CodeSizeTests
{
    private static string Source => Path.Combine(RepositoryRoot.Path, "src");

    [Fact]
    public void SourceFiles_OfEveryProject_AreShortOrSayWhy()
    {
        var offenders = Directory.GetDirectories(Source)
            .SelectMany(project => Directory.EnumerateFiles(project, "*.*", SearchOption.AllDirectories)
                .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)) && !TestNamingTests.IsBuildOutput(project, f)))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => CodeSize.Offenders(Path.GetRelativePath(RepositoryRoot.Path, f), File.ReadAllText(f)))
            .ToList();

        Assert.True(offenders.Count == 0, $"{offenders.Count} files or members are too long without a « // Long: <reason> » line:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Offenders_LongMethod_IsListedWithItsLineAndLength()
    {
        var text = Class(Method("Read", 61));

        Assert.Equal(["a.cs:5 Read is 61 lines (limit 60)"], CodeSize.Offenders("a.cs", text));
    }

    [Fact]
    public void Offenders_MethodOfTheLimit_IsNotListed()
    {
        Assert.Empty(CodeSize.Offenders("a.cs", Class("/// <summary>Reads.</summary>\n" + Method("Read", 60))));
    }

    [Fact]
    public void Offenders_LongMethodWithAReason_IsNotListed()
    {
        Assert.Empty(CodeSize.Offenders("a.cs", Class("// Long: a flat switch over the codes.\n" + Method("Read", 80))));
    }

    [Theory]
    [InlineData("// Long:")]
    [InlineData("// long: a flat switch")]
    [InlineData("// A flat switch, Long: over the codes")]
    public void Offenders_LongMethodWithoutAWrittenReason_IsListed(string comment)
    {
        Assert.Single(CodeSize.Offenders("a.cs", Class(comment + "\n" + Method("Read", 80))));
    }

    [Fact]
    public void Offenders_LocalFunctions_AreMeasuredApartFromTheirMethod()
    {
        var body = string.Join('\n', Enumerable.Range(0, 40).Select(i => $"var a{i} = {i};"));
        var text = Class($"void Read()\n{{\n{body}\n{Method("Step", 45)}\n{Method("Other", 61)}\n}}");

        Assert.Equal(["a.cs:92 Other is 61 lines (limit 60)"], CodeSize.Offenders("a.cs", text));
    }

    [Theory]
    [InlineData("string Text\n{\n    get\n    {\n        return\n{0}\n\"\";\n    }\n}", "get")]
    [InlineData("Reader()\n{\n    var text =\n{0}\n\"\";\n}", "Reader")]
    [InlineData("string Text =>\n{0}\n\"\";", "Text")]
    public void Offenders_LongAccessorConstructorOrExpressionBody_IsListed(string member, string name)
    {
        var body = string.Join('\n', Enumerable.Range(0, 70).Select(i => $"\"{i}\" +"));
        var offender = Assert.Single(CodeSize.Offenders("a.cs", Class("class Reader\n{\n" + member.Replace("{0}", body, StringComparison.Ordinal) + "\n}")));

        Assert.Contains($" {name} is ", offender, StringComparison.Ordinal);
    }

    [Fact]
    public void Offenders_LongFieldInitialiser_IsNotListed()
    {
        var rows = string.Join('\n', Enumerable.Range(0, 80).Select(i => $"[\"{i}\"] = {i},"));

        Assert.Empty(CodeSize.Offenders("a.cs", Class($"static readonly Dictionary<string, int> Table = new()\n{{\n{rows}\n}};")));
    }

    [Theory]
    [InlineData("a.cs", "// Long: the generated template, read whole.\nnamespace A;\n", false)]
    [InlineData("a.cs", "namespace A;\n// Long: too late, the file has begun.\n", true)]
    [InlineData("a.razor", "@* Long: the page's single table. *@\n", false)]
    [InlineData("a.razor", "<p>\n", true)]
    public void Offenders_LongFile_IsListedUnlessItsTopSaysWhy(string path, string top, bool listed)
    {
        var text = top + string.Concat(Enumerable.Repeat("\n", 401 - top.Count(c => c == '\n')));

        Assert.Equal(listed, CodeSize.Offenders(path, text).Any(o => o.EndsWith("lines (limit 400)", StringComparison.Ordinal)));
    }

    private static string Class(string members) => $"namespace A;\n\nclass C\n{{\n{members}\n}}\n";

    /// <summary>A method of <paramref name="lines"/> lines from its signature to its closing brace.</summary>
    private static string Method(string name, int lines) =>
        $"void {name}()\n{{\n" + string.Concat(Enumerable.Range(0, lines - 3).Select(i => $"    var x{i} = {i};\n")) + "}";
}

/// <summary>Measures a source file and its members, as <see cref="CodeSizeTests"/> states the rule.</summary>
internal static class CodeSize
{
    public const int FileLimit = 400;
    public const int MemberLimit = 60;

    /// <summary>The file's offenders, each « path:line name is N lines (limit L) », in the order of the file.</summary>
    public static IReadOnlyList<string> Offenders(string path, string text)
    {
        var offenders = new List<string>();
        var lines = text.Split('\n').Length - (text.EndsWith('\n') ? 1 : 0);
        var isRazor = path.EndsWith(".razor", StringComparison.Ordinal);
        var root = isRazor ? null : CSharpSyntaxTree.ParseText(text).GetRoot();
        if (lines > FileLimit && !(isRazor ? RazorTopSaysWhy(text) : SaysWhy(root!.GetFirstToken(includeZeroWidth: true).LeadingTrivia)))
        {
            offenders.Add($"{path}:1 the file is {lines} lines (limit {FileLimit})");
        }

        if (root is null)
        {
            return offenders;
        }

        foreach (var member in root.DescendantNodes().Where(IsMeasured))
        {
            var length = Lines(member) - member.DescendantNodes(n => n == member || !IsMeasured(n)).Where(IsMeasured).Sum(Lines);
            if (length > MemberLimit && !SaysWhy(member.GetLeadingTrivia()))
            {
                var line = member.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                offenders.Add($"{path}:{line} {Name(member)} is {length} lines (limit {MemberLimit})");
            }
        }

        return offenders;
    }

    /// <summary>Methods, constructors, operators, accessors and local functions; properties and indexers written with <c>=&gt;</c>.</summary>
    private static bool IsMeasured(SyntaxNode node) => node switch
    {
        BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax => true,
        PropertyDeclarationSyntax property => property.ExpressionBody is not null,
        IndexerDeclarationSyntax indexer => indexer.ExpressionBody is not null,
        _ => false,
    };

    /// <summary>From the member's first line (attributes included, leading comments not) to its last.</summary>
    private static int Lines(SyntaxNode node)
    {
        var span = node.GetLocation().GetLineSpan();
        return span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
    }

    private static string Name(SyntaxNode member) => member switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        ConstructorDeclarationSyntax c => c.Identifier.Text,
        LocalFunctionStatementSyntax l => l.Identifier.Text,
        AccessorDeclarationSyntax a => a.Keyword.Text,
        PropertyDeclarationSyntax p => p.Identifier.Text,
        OperatorDeclarationSyntax o => "operator " + o.OperatorToken.Text,
        _ => member.Kind().ToString(),
    };

    /// <summary>Whether a comment line <c>// Long: reason</c>, with a reason, stands in the trivia.</summary>
    private static bool SaysWhy(SyntaxTriviaList trivia) => trivia
        .Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia))
        .Any(t => IsReason(t.ToString().AsSpan(2).Trim()));

    private static bool RazorTopSaysWhy(string text) =>
        text.StartsWith("@*", StringComparison.Ordinal) && text.IndexOf("*@", StringComparison.Ordinal) is var end and > 0 && IsReason(text.AsSpan(2, end - 2).Trim());

    private static bool IsReason(ReadOnlySpan<char> comment) =>
        comment.StartsWith("Long:", StringComparison.Ordinal) && !comment["Long:".Length..].Trim().IsEmpty;
}
