using System.Collections;
using System.Reflection;
using FsCheck.Fluent;
using Rdd.Domain.Json;
using Rdd.Domain.Reports;
using Rdd.Domain.Tests.Generators;
using Rdd.Domain.Tests.Support;
using Samples = Rdd.Domain.Tests.Json.SampleReports;

namespace Rdd.Domain.Tests.Reports;

/// <summary>
/// Reports, parts, sections and actions are equal only to themselves; <see cref="ReportComparer.Structural"/>
/// compares their content, every property of it.
/// </summary>
public class ReportComparerTests
{
    private static readonly ReportComparer Comparer = ReportComparer.Structural;

    /// <summary>The full sample, then generated reports: between them, every property holds a value somewhere.</summary>
    private static readonly Report[] Sources = [Samples.Full, .. ReportGenerators.Reports.Sample(20, 60)];

    public static TheoryData<string> EntityProperties { get; } = new(
        new[] { typeof(Report), typeof(Part), typeof(Section), typeof(ReportAction) }
            .SelectMany(type => Settable(type).Select(property => $"{type.Name}.{property.Name}")));

    [Fact]
    public void Entities_AreEqualOnlyToThemselves()
    {
        var report = Samples.Full;
        var part = report.Parts[0];
        var section = part.Sections[0];
        var action = section.Actions[0];

        Assert.Equal(report, report);
        Assert.NotEqual(report, report with { });
        Assert.NotEqual(part, part with { });
        Assert.NotEqual(section, section with { });
        Assert.NotEqual(action, action with { });
    }

    [Fact]
    public void Structural_CopiesAndReportsReadBackFromJson_AreEqualWithEqualHashCodes()
    {
        var report = Samples.Full;
        var read = ReportJson.Deserialize(ReportJson.Serialize(report)).Report!;

        Assert.Equal(report, report with { }, Comparer);
        Assert.Equal(report, read, Comparer);
        Assert.Equal(Comparer.GetHashCode(report), Comparer.GetHashCode(read));
        Assert.Equal(Comparer.GetHashCode(report.Parts[0]), Comparer.GetHashCode(read.Parts[0]));
        Assert.Equal(Comparer.GetHashCode(report.Parts[0].Sections[0]), Comparer.GetHashCode(read.Parts[0].Sections[0]));
        Assert.Equal(Comparer.GetHashCode(report.Parts[0].Sections[0].Actions[0]), Comparer.GetHashCode(read.Parts[0].Sections[0].Actions[0]));
    }

    [Fact]
    public void Structural_AnActionChangedDeepInTheReport_MakesTheReportsDiffer()
    {
        var report = Samples.Full;
        var changed = report.WithAction(report.Parts[0].Sections[0].Actions[0].Id, action => action with { Body = action.Body + " Modifié." });

        Assert.NotEqual(report, changed, Comparer);
        Assert.False(Comparer.Equals(report, null));
        Assert.True(Comparer.Equals((Report?)null, null));
    }

    /// <summary>A property the comparer forgot would let a JSON round trip lose it unseen.</summary>
    [Theory]
    [MemberData(nameof(EntityProperties))]
    public void Structural_SeesEveryPropertyOfTheEntities(string name)
    {
        var typeName = name[..name.IndexOf('.', StringComparison.Ordinal)];
        var property = Settable(typeof(Report).Assembly.GetType("Rdd.Domain.Reports." + typeName)!).Single(p => p.Name == name[(typeName.Length + 1)..]);
        var (entity, changed) = Sources.SelectMany(Entities).Where(e => e.GetType() == property.DeclaringType)
            .Select(e => (Entity: e, Changed: Changed(e, property)))
            .FirstOrDefault(pair => pair.Changed is not null);

        Assert.True(changed is not null, $"No sample report has a value of {name} that the test can change: give Samples.Full one.");
        Assert.True(Same(entity, Clone(entity)), $"A copy of a {typeName} should have the same content.");
        Assert.False(Same(entity, changed), $"ReportComparer.Structural does not compare {name}.");
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true });

    private static IEnumerable<object> Entities(Report report) =>
        new object[] { report }.Concat(report.Parts).Concat(report.Parts.SelectMany(p => p.Sections))
            .Concat(report.Parts.SelectMany(p => p.Sections).SelectMany(s => s.Actions));

    private static bool Same(object x, object y) => (x, y) switch
    {
        (Report a, Report b) => Comparer.Equals(a, b),
        (Part a, Part b) => Comparer.Equals(a, b),
        (Section a, Section b) => Comparer.Equals(a, b),
        (ReportAction a, ReportAction b) => Comparer.Equals(a, b),
        _ => throw new ArgumentException($"Not an entity: {x.GetType()}."),
    };

    private static object Clone(object record) => record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;

    /// <summary>A copy of <paramref name="entity"/> whose <paramref name="property"/> differs, or null when the test cannot make one.</summary>
    private static object? Changed(object entity, PropertyInfo property)
    {
        var value = property.GetValue(entity);
        (bool Can, object? Value) other = value switch
        {
            string text => (true, text + " (modifié)"),
            int number => (true, number + 1),
            Enum kind => (true, Enum.GetValues(kind.GetType()).Cast<object>().First(v => !v.Equals(kind))),
            IEnumerable items when items.Cast<object>().ToList() is { Count: > 0 } list => (true, ToArray(list.Skip(1), property.PropertyType.GetGenericArguments()[0])),
            IEnumerable => (property.PropertyType == typeof(IReadOnlyList<string>), new[] { "ajouté" }),
            null => (property.PropertyType == typeof(string), "ajouté"),
            _ => (true, null),
        };
        if (!other.Can)
        {
            return null;
        }

        var copy = Clone(entity);
        property.SetValue(copy, other.Value);
        return copy;
    }

    private static Array ToArray(IEnumerable<object> items, Type elementType)
    {
        var list = items.ToList();
        var array = Array.CreateInstance(elementType, list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            array.SetValue(list[i], i);
        }

        return array;
    }
}
