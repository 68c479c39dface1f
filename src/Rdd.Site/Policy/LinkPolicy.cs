namespace Rdd.Site.Policy;

/// <summary>
/// Which link targets a public page may carry: the loader refuses the others with a diagnostic (RDD2030), and the
/// renderer neutralises any that reaches it by another way, so that both apply this one rule.
/// </summary>
internal static class LinkPolicy
{
    /// <summary>Whether a link target may appear in a public page.</summary>
    /// <param name="url">The target, as written.</param>
    /// <returns>True for http(s), mailto, tel, anchors and paths of the site; false for relative paths and any other scheme (javascript:, data:, file:…).</returns>
    public static bool IsAllowed(string url)
    {
        var trimmed = url.Trim();
        return trimmed.StartsWith('#')
            || (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal))
            || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("tel:", StringComparison.OrdinalIgnoreCase);
    }
}
