using Rdd.Domain.Json;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Domain.Validation;

namespace Rdd.Domain.Tests;

/// <summary>
/// The C# example of README.md, compiled here so that it cannot rot: <see cref="ReadmeExampleTests"/> checks that the
/// README shows exactly the lines between the <c>readme:begin</c> and <c>readme:end</c> markers, and runs them.
/// </summary>
public static class ReadmeExample
{
    /// <summary>Runs the example; it writes to <see cref="Console.Out"/>.</summary>
    public static void Run()
    {
        // readme:begin
        var report = new Report
        {
            Authority = new Authority { Name = "Carcassonne Agglo", Kind = AuthorityKind.Intercommunality, Population = 115_000 },
            Year = 2024,
            BudgetYear = 2025,
            Title = "Rapport développement durable 2024",
        };

        // Le rapport est-il obligatoire, et sur quel fondement ?
        var obligation = Obligations.Assess(report.Authority.Kind, report.Authority.Population, report.BudgetYear);
        Console.WriteLine(obligation.Explanation);
        foreach (var basis in obligation.LegalBases)
        {
            Console.WriteLine($"- {basis.Reference} : {basis.Summary}");
        }

        // Les contrôles de cohérence : jamais d'exception, des diagnostics en français.
        foreach (var diagnostic in ReportValidator.Default.Validate(report).Diagnostics)
        {
            Console.WriteLine(diagnostic);
        }

        // La forme JSON canonique, décrite par rapport.schema.json.
        Console.WriteLine(ReportJson.Serialize(report, "rapport.schema.json"));
        // readme:end
    }
}
