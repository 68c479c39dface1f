namespace Rdd.Site.Cli;

/// <summary>A command line split into its verb, positional arguments and options (<c>--name value</c>, <c>--flag</c>, <c>-o value</c>).</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    private Arguments(string? verb, List<string> positional)
    {
        Verb = verb;
        Positional = positional;
    }

    public string? Verb { get; }

    public IReadOnlyList<string> Positional { get; }

    /// <summary>Splits <paramref name="args"/>; the options that take a value are listed in <paramref name="valued"/>.</summary>
    public static Arguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> valued, out string? error)
    {
        error = null;
        var verb = args.Count > 0 && !args[0].StartsWith('-') ? args[0] : null;
        var positional = new List<string>();
        var result = new Arguments(verb, positional);
        for (var i = verb is null ? 0 : 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith('-') && arg.Length > 1)
            {
                var name = arg.TrimStart('-');
                string? value = null;
                var equals = name.IndexOf('=', StringComparison.Ordinal);
                if (equals >= 0)
                {
                    value = name[(equals + 1)..];
                    name = name[..equals];
                }
                else if (valued.Contains(name))
                {
                    if (i + 1 >= args.Count)
                    {
                        error = $"L'option --{name} attend une valeur.";
                        return result;
                    }

                    value = args[++i];
                }

                result._options[name] = value;
            }
            else
            {
                positional.Add(arg);
            }
        }

        return result;
    }

    public bool Flag(params string[] names) => names.Any(_options.ContainsKey);

    public string? Option(params string[] names)
    {
        foreach (var name in names)
        {
            if (_options.TryGetValue(name, out var value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>A comma-separated option value as a list; empty when the option is absent.</summary>
    public static IReadOnlyList<string> List(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The names of the options given.</summary>
    public IEnumerable<string> Given => _options.Keys;
}
