using FsCheck;
using FsCheck.Fluent;
using Rdd.Domain.Law;
using Rdd.Domain.Reports;
using Rdd.Site.Content.Editing;

namespace Rdd.Site.Tests.Content.Editing;

/// <summary>
/// Random edits through the editor's model (an action, its place, the header, the introduction) on the default content's section files: the file differs from the original
/// only in the lines of the edited element, and reading it back gives the edited model.
/// </summary>
public sealed class SectionTextProperties
{
    private const int Runs = 300;

    private static readonly string Root = Path.Combine(RepositoryRoot.Path, "content");

    private static readonly IReadOnlyList<(string Path, string Text)> Files = Directory
        .EnumerateFiles(Path.Combine(Root, "2024"), "*.md", SearchOption.AllDirectories)
        .Where(f => Path.GetFileName(f) != "partie.md" && Path.GetFileName(Path.GetDirectoryName(f)!).StartsWith("partie-", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(f => (Path.GetRelativePath(Root, f).Replace('\\', '/'), File.ReadAllText(f)))
        .ToList();

    private static readonly string[] Words = ["Plan", "vélo", "école", "eau", "l'Agglo", "compost", "réseau", "chaleur", "solidaire", "2025", "jardins", "partagés"];

    private static readonly string[] Names = ["Région Occitanie", "ADEME", "CAF de l'Aude", "Leuc", "Cavanac"];

    /// <summary>What a heading may hold besides the form's attributes: aliases (« f », « suite ») and attributes the reader does not know.</summary>
    private static readonly string[] Extras = ["ancien=velo-2023", "f=climat,cohesion", "autre=\"deux mots\"", "suite=plan-2023"];

    private static Gen<string> Title => Gen.Elements(Words).ListOf().Where(w => w.Count is > 0 and < 7)
        .Select(w => char.ToUpperInvariant(w[0][0]) + string.Join(' ', w)[1..]);

    private static Gen<string> Body => Gen.OneOf(
        Gen.Constant(string.Empty),
        Gen.Elements(Words).NonEmptyListOf().Select(w => string.Join(' ', w) + "."),
        Gen.Elements(Words).NonEmptyListOf().Select(w => "- " + string.Join("\n- ", w)));

    /// <summary>A section's introduction: none, a paragraph or a list, or the bold and italic lines the default content opens sections with.</summary>
    private static Gen<string> Introduction => Gen.OneOf(
        Body,
        Gen.Elements(Words).NonEmptyListOf().Select(w => "**" + string.Join(' ', w) + "**\n\n*" + string.Join(" – ", w) + "*"));

    private static Gen<ReportAction> Edit(ReportAction action) =>
        from title in Gen.OneOf(Gen.Constant(action.Title), Title)
        from body in Gen.OneOf(Gen.Constant(action.Body), Body)
        from finalities in Gen.SubListOf(Finalities.All.Select(f => f.Code).ToArray())
        from progress in Gen.Elements(new Progress?[] { null }.Concat(Enum.GetValues<Progress>().Cast<Progress?>()).ToArray())
        from odd in Gen.SubListOf(Enumerable.Range(1, 17).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray())
        from partners in Gen.SubListOf(Names)
        from keepTerms in Gen.Elements(true, false)
        select action with
        {
            Title = title,
            Body = body,
            Finalities = finalities.ToList(),
            Progress = progress,
            Terms = [.. keepTerms ? action.Terms.Where(t => t.Taxonomy != "odd") : [], .. odd.Select(o => new TermReference("odd", o))],
            Partners = partners.ToList(),
        };

    [Fact]
    public void AnyEdit_ChangesOnlyTheLinesOfItsElement_AndReadsBackAsTheEditedModel()
    {
        var edits = from file in Gen.Elements(Files.ToArray())
                    let section = SectionText.Read(Root, file.Path, file.Text)
                    where section.Section!.Actions.Count > 0
                    from index in Gen.Choose(0, section.Section!.Actions.Count - 1)
                    from kind in Gen.Choose(0, 6)
                    from edited in Edit(section.Section!.Actions[index])
                    from header in Title
                    from introduction in Introduction
                    select (section, index, kind, edited, header, introduction);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(edits.ToArbitrary(), sample =>
        {
            var (section, index, kind, edited, header, introduction) = sample;
            var before = section.Section!;
            var id = before.Actions[index].Id;
            var (first, last) = section.LinesOf(id)!.Value;
            var next = index + 1 < before.Actions.Count ? section.LinesOf(before.Actions[index + 1].Id)!.Value : (First: 0, Last: 0);
            var previous = index > 0 ? section.LinesOf(before.Actions[index - 1].Id)!.Value : (First: 0, Last: 0);
            var added = new ReportAction { Id = "nouvelle-action-editeur", Title = edited.Title, Body = edited.Body, Finalities = edited.Finalities };
            List<ReportAction> actions = [.. before.Actions];
            var (text, expected, allowed) = kind switch
            {
                0 => (section.EditAction(id, edited), before with { Actions = Replace(actions, index, edited) }, (first, last)),
                1 => (section.DeleteAction(id), before with { Actions = actions.Where((_, i) => i != index).ToList() }, (first, next.First > 0 ? next.First - 1 : int.MaxValue)),
                2 => (section.AddAction(added, id), before with { Actions = actions.Take(index + 1).Append(added).Concat(actions.Skip(index + 1)).ToList() }, (last, last)),
                3 when index > 0 => (section.MoveAction(id, down: false), before with { Actions = Swap(actions, index - 1, index) }, (previous.First, last)),
                4 when next.First > 0 => (section.MoveAction(id, down: true), before with { Actions = Swap(actions, index, index + 1) }, (first, next.Last)),
                6 => (section.EditIntroduction(introduction), before with { Introduction = introduction }, (section.FrontMatterEnd + 2, section.LinesOf(before.Actions[0].Id)!.Value.First - 1)),
                _ => (section.EditHeader(before with { Title = header, DefaultFinalities = edited.Finalities }), before with { Title = header, DefaultFinalities = edited.Finalities }, (2, section.FrontMatterEnd)),
            };

            var (changedFirst, changedLast) = LineDiff.Changed(section.Text, text);
            Assert.True(changedFirst > changedLast || (changedFirst >= allowed.Item1 && changedLast <= allowed.Item2), $"{section.Path}, edit {kind} of « {id} »: lines {changedFirst}–{changedLast} changed, only {allowed.Item1}–{allowed.Item2} may.\n{text}");
            var reread = SectionText.Read(Root, section.Path, text);
            Assert.Empty(reread.Diagnostics.Where(d => d.Severity == Rdd.Domain.Validation.Severity.Error).Except(section.Diagnostics));
            Assert.True(ReportComparer.Structural.Equals(expected, reread.Section), $"{section.Path}, edit {kind} of « {id} » does not read back as the edited model.\n{text}");
        }));
    }

    [Fact]
    public void AnyEdit_OfAHeadingWithAliasesAndUnknownAttributes_KeepsWhatTheFormDoesNotEdit()
    {
        var edits = from extras in Gen.SubListOf(Extras)
                    from extrasFirst in Gen.Elements(true, false)
                    let heading = "## Plan vélo {#plan-velo " + string.Join(' ', extrasFirst ? [.. extras, "avancement=lancement"] : ["avancement=lancement", .. extras]) + "}"
                    let section = SectionText.Read(Root, "2024/partie-1/99-essai.md", "---\ntitre: Essai\n---\n\n" + heading + "\n\nLe texte.\n")
                    from edited in Edit(section.Section!.Actions[0])
                    select (section, heading, edited);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(edits.ToArbitrary(), sample =>
        {
            var (section, heading, edited) = sample;
            var current = section.Section!.Actions[0];

            var text = section.EditAction(current.Id, edited);

            var line = text.Split('\n').Single(l => l.StartsWith("## ", StringComparison.Ordinal));
            foreach (var extra in Extras.Where(heading.Contains))
            {
                var unchanged = !extra.StartsWith("f=", StringComparison.Ordinal) || edited.Finalities.SequenceEqual(current.Finalities);
                Assert.True(!unchanged || line.Contains(extra, StringComparison.Ordinal), $"« {extra} » lost: {line}");
            }

            if (heading.Contains("f=", StringComparison.Ordinal) && edited.Finalities.Count > 0)
            {
                Assert.Contains(" f=" + string.Join(',', edited.Finalities), line, StringComparison.Ordinal);
            }

            var reread = SectionText.Read(Root, section.Path, text);
            Assert.Empty(reread.Diagnostics.Select(d => d.Message).Except(section.Diagnostics.Select(d => d.Message)));
            Assert.True(ReportComparer.Structural.Equals(edited, reread.Section!.Actions[0]), $"« {heading} » edited does not read back as the edited model.\n{text}");
        }));
    }

    private static List<ReportAction> Replace(List<ReportAction> actions, int index, ReportAction action) => actions.Select((a, i) => i == index ? action : a).ToList();

    private static List<ReportAction> Swap(List<ReportAction> actions, int a, int b)
    {
        var swapped = actions.ToList();
        (swapped[a], swapped[b]) = (swapped[b], swapped[a]);
        return swapped;
    }
}
