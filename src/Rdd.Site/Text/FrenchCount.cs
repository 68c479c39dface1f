using Rdd.Domain;

namespace Rdd.Site.Text;

/// <summary>
/// A number of things, written the French way for every stage (pages, the command line, the preview): « 0 action »,
/// « 1 action », « 2 actions », « 1 234 actions » (thousands grouped as <see cref="French.Number"/> does, with a no-break space).
/// </summary>
internal static class FrenchCount
{
    /// <summary>The number and the noun agreeing with it: French keeps the singular for 0 and 1.</summary>
    /// <param name="n">How many.</param>
    /// <param name="one">The singular (« action », « fichier écrit »).</param>
    /// <param name="many">The plural (« actions », « fichiers écrits »).</param>
    /// <returns>« 3 actions ».</returns>
    public static string Of(int n, string one, string many) => $"{French.Number(n)} {(n <= 1 ? one : many)}";
}
