using Rdd.Domain.Reports;
using Rdd.Domain.Tests.Generators;
using Rdd.Domain.Validation;

namespace Rdd.Domain.Tests.Validation;

/// <summary>The validator reads any report without throwing (guideline 1: a report's content never throws).</summary>
public class ReportValidatorProperties
{
    [ReportProperty]
    public void Validate_WellFormedReport_NeverThrows(Report report)
    {
        Assert.NotNull(ReportValidator.Default.Validate(report).Diagnostics);
    }

    [ReportProperty]
    public void Validate_HostileReport_NeverThrows(HostileReport hostile)
    {
        Assert.NotNull(ReportValidator.Default.Validate(hostile.Report).Diagnostics);
    }

    [ReportProperty]
    public void Validate_HostileReport_NoRuleFails(HostileReport hostile)
    {
        var failures = ReportValidator.Default.Validate(hostile.Report).Diagnostics.Where(d => d.Code == ReportValidator.RuleFailure.Code);

        Assert.Empty(failures);
    }
}
