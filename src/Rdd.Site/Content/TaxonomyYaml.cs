using Rdd.Domain.Taxonomies;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Rdd.Site.Content;

/// <summary>
/// Writes a taxonomy as a file of <c>strategie/</c> (<see cref="ContentShapes.Taxonomy"/>), which the loader reads
/// back into an equal taxonomy: a taxonomy registered by code becomes data an authority keeps in its content.
/// </summary>
public static class TaxonomyYaml
{
    /// <summary>The YAML text of a taxonomy, with the schema comment of the files of <c>strategie/</c>.</summary>
    /// <param name="taxonomy">The taxonomy.</param>
    /// <returns>The text, lines ended by « \n ».</returns>
    public static string Write(ITaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        using var text = new StringWriter { NewLine = "\n" };
        text.Write("# yaml-language-server: $schema=../../schemas/taxonomie.schema.json\n");
        var emitter = new Emitter(text, new EmitterSettings(2, int.MaxValue, true, 1024, false, false, "\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart());
        Pair(emitter, "id", taxonomy.Id);
        Pair(emitter, "nom", taxonomy.Name);
        Pair(emitter, "description", taxonomy.Description);
        emitter.Emit(new Scalar("termes"));
        emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
        foreach (var term in taxonomy.Terms)
        {
            emitter.Emit(new MappingStart());
            Pair(emitter, "code", term.Code);
            Pair(emitter, "libelle", term.Label);
            Pair(emitter, "libelle_court", term.ShortLabel);
            Pair(emitter, "parent", term.Parent);
            Pair(emitter, "description", term.Description);
            if (term.Replaces.Count > 0)
            {
                emitter.Emit(new Scalar("remplace"));
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Flow));
                foreach (var code in term.Replaces)
                {
                    emitter.Emit(new Scalar(code));
                }

                emitter.Emit(new SequenceEnd());
            }

            emitter.Emit(new MappingEnd());
        }

        emitter.Emit(new SequenceEnd());
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    /// <summary>A key and its value; nothing when the value is empty, as an author leaves out an optional key.</summary>
    private static void Pair(Emitter emitter, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        emitter.Emit(new Scalar(key));
        emitter.Emit(new Scalar(null, null, value, ScalarStyle.Any, isPlainImplicit: true, isQuotedImplicit: true));
    }
}
