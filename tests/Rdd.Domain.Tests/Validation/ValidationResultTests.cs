using Rdd.Domain.Validation;

namespace Rdd.Domain.Tests.Validation;

public sealed class ValidationResultTests
{
    [Fact]
    public void Diagnostics_AreOrderedBySeverityThenPathLineColumnAndCode()
    {
        var info = new Diagnostic("RDD1040", Severity.Info, "i");
        var warningB = new Diagnostic("RDD1005", Severity.Warning, "w", Location: new SourceLocation("b.md", 1, 1));
        var warningA = new Diagnostic("RDD1005", Severity.Warning, "w", Location: new SourceLocation("a.md", 9, 1));
        var errorLine3 = new Diagnostic("RDD1003", Severity.Error, "e", Location: new SourceLocation("a.md", 3, 5));
        var errorLine2Col9 = new Diagnostic("RDD1011", Severity.Error, "e", Location: new SourceLocation("a.md", 2, 9));
        var errorLine2Col1 = new Diagnostic("RDD1011", Severity.Error, "e", Location: new SourceLocation("a.md", 2, 1));
        var errorSameSpotLowerCode = new Diagnostic("RDD1003", Severity.Error, "e", Location: new SourceLocation("a.md", 2, 1));

        var result = new ValidationResult([info, warningB, errorLine3, warningA, errorLine2Col9, errorLine2Col1, errorSameSpotLowerCode]);

        Assert.Equal([errorSameSpotLowerCode, errorLine2Col1, errorLine2Col9, errorLine3, warningA, warningB, info], result.Diagnostics);
    }

    [Fact]
    public void HasErrors_OnlyWarningsAndInfos_IsFalse()
    {
        var result = new ValidationResult([new Diagnostic("RDD1005", Severity.Warning, "w"), new Diagnostic("RDD1040", Severity.Info, "i")]);

        Assert.False(result.HasErrors);
    }

    [Fact]
    public void HasErrors_OneError_IsTrue()
    {
        Assert.True(new ValidationResult([new Diagnostic("RDD1003", Severity.Error, "e")]).HasErrors);
    }

    [Fact]
    public void Count_CountsBySeverity()
    {
        var result = new ValidationResult([
            new Diagnostic("RDD1005", Severity.Warning, "w"),
            new Diagnostic("RDD1005", Severity.Warning, "w"),
            new Diagnostic("RDD1040", Severity.Info, "i"),
        ]);

        Assert.Equal(2, result.Count(Severity.Warning));
        Assert.Equal(1, result.Count(Severity.Info));
        Assert.Equal(0, result.Count(Severity.Error));
    }
}
