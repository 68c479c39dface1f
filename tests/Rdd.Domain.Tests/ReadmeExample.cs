using Rdd.Domain.Json;
using Rdd.Domain.Law;
using Rdd.Domain.Validation;

namespace Rdd.Domain.Tests;

/// <summary>
/// The C# example of the package's README (src/Rdd.Domain/README.md, repeated in the repository's README.md),
/// compiled here so that it cannot rot: <see cref="ReadmeExampleTests"/> checks that both READMEs show exactly the
/// lines between the <c>readme:begin</c> and <c>readme:end</c> markers, and runs them. In the READMEs they are a
/// program's top-level statements: <c>args</c> are its arguments.
/// </summary>
public static class ReadmeExample
{
    /// <summary>Runs the example; it writes to <see cref="Console.Out"/>.</summary>
    /// <param name="args">The path of a report's JSON file.</param>
    /// <returns>The exit code: 1 when the report cannot be read or has errors, else 0.</returns>
    public static int Run(string[] args)
    {
        // readme:begin
        // Lire le rapport dans sa forme JSON canonique (décrite par rapport.schema.json).
        var read = ReportJson.Deserialize(File.ReadAllText(args[0]), args[0]);
        if (read.Report is not { } report)
        {
            // Un fichier mal formé ne lève pas d'exception : il donne un diagnostic, avec la ligne et la colonne.
            foreach (var diagnostic in read.Diagnostics)
            {
                Console.WriteLine(diagnostic);
            }

            return 1;
        }

        // Le contrôler : des diagnostics en français, jamais d'exception.
        var result = ReportValidator.Default.Validate(report);
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.WriteLine(diagnostic);
        }

        // Le rapport est-il obligatoire, et sur quel fondement ?
        var obligation = Obligations.Assess(report.Authority.Kind, report.Authority.Population, report.BudgetYear);
        Console.WriteLine(obligation.Explanation);
        return result.HasErrors ? 1 : 0;
        // readme:end
    }
}
