namespace Rdd.Site.Serve.Editor;

/// <summary>
/// The messages a page shows after a form was posted and the browser redirected (POST, then 303, then GET): the
/// redirect names one by its key in the query (« ?etat=enregistre »), the page words it.
/// </summary>
internal static class EditorNotices
{
    /// <summary>The query parameter that names the notice.</summary>
    public const string Parameter = "etat";

    /// <summary>A save succeeded.</summary>
    public const string Saved = "enregistre";

    /// <summary>Something was deleted.</summary>
    public const string Deleted = "supprime";

    /// <summary>The last change was undone.</summary>
    public const string Undone = "annule";

    /// <summary>There was no change to undo.</summary>
    public const string NothingToUndo = "rien-a-annuler";

    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        [Saved] = "Modification enregistrée\u00A0; l'aperçu du site est à jour.",
        [Deleted] = "Suppression enregistrée\u00A0; l'aperçu du site est à jour.",
        [Undone] = "La dernière modification a été annulée\u00A0: le fichier est revenu à sa version précédente.",
        [NothingToUndo] = "Il n'y a aucune modification à annuler.",
    };

    /// <summary>The text of a notice; null for an unknown key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The French text.</returns>
    public static string? Text(string? key) => key is not null && Texts.TryGetValue(key, out var text) ? text : null;

    /// <summary><paramref name="path"/> with the notice <paramref name="key"/> in its query.</summary>
    /// <param name="path">The page's path, with or without a query.</param>
    /// <param name="key">The notice.</param>
    /// <returns>The path to redirect to.</returns>
    public static string After(string path, string key) => path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + Parameter + "=" + key;
}
